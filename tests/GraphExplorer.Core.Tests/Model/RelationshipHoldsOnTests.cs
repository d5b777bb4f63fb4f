using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests.Model;

public sealed class RelationshipHoldsOnTests
{
    private static readonly DateOnly s_day = new(2025, 2, 1);

    private static Relationship Dated(DateOnly? reportedOn, DateOnly? validFrom, DateOnly? validTo) =>
        new("r", RelationshipType.Regulates, "a", "b", null, null, reportedOn, validFrom, validTo, new Dictionary<string, object?>());

    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("2025-02-01", "2025-02-01", "2025-02-01", true)] // every bound is inclusive
    [InlineData("2025-01-23", "2025-01-20", "2025-04-05", true)]
    [InlineData("2025-02-02", null, null, false)] // reported after the day: not yet known then
    [InlineData(null, "2025-02-02", null, false)] // not yet valid
    [InlineData(null, null, "2025-01-31", false)] // ended the day before
    [InlineData(null, "2025-01-01", null, true)]
    [InlineData(null, null, "2025-03-01", true)]
    [InlineData("2025-01-01", null, null, true)]
    public void A_relationship_holds_within_its_validity_once_reported(string? reportedOn, string? validFrom, string? validTo, bool holds)
    {
        static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Dated(Day(reportedOn), Day(validFrom), Day(validTo)).HoldsOn(s_day).ShouldBe(holds);
    }
}
