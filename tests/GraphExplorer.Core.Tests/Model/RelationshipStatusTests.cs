using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Tests.Model;

public sealed class RelationshipStatusTests
{
    private static readonly DateOnly s_day = new(2025, 2, 1);

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static Relationship Dated(string? reportedOn, string? validFrom, string? validTo, string? status = null) =>
        new("r", RelationshipType.Supplies, "a", "b", null, null, Day(reportedOn), Day(validFrom), Day(validTo),
            status is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["status"] = status });

    [Theory]
    [InlineData(null, null, null, RelationshipStatus.InForce)]
    [InlineData(null, null, "2025-02-01", RelationshipStatus.InForce)] // the last day still holds
    [InlineData(null, null, "2025-01-31", RelationshipStatus.Ended)]
    [InlineData(null, "2025-02-01", null, RelationshipStatus.InForce)]
    [InlineData(null, "2025-02-02", null, RelationshipStatus.Planned)]
    [InlineData("planned", null, null, RelationshipStatus.Planned)]
    [InlineData("planned", null, "2025-01-31", RelationshipStatus.Ended)] // a plan whose time has passed
    [InlineData("reported", null, null, RelationshipStatus.InForce)]
    public void A_status_is_read_on_the_day(string? status, string? validFrom, string? validTo, RelationshipStatus expected) =>
        Dated(null, validFrom, validTo, status).StatusOn(s_day).ShouldBe(expected);

    [Fact]
    public void A_filter_without_a_date_admits_everything()
    {
        var filter = new RelationshipFilter(Direction.Both, null, 10) { Statuses = new HashSet<RelationshipStatus> { RelationshipStatus.Ended } };
        filter.Admits(Dated("2030-01-01", null, null)).ShouldBeTrue();
    }

    [Fact]
    public void A_dated_filter_without_statuses_admits_what_holds_and_with_statuses_what_stands_so()
    {
        var holds = new RelationshipFilter(Direction.Both, null, 10) { AsOf = s_day };
        var ended = holds with { Statuses = new HashSet<RelationshipStatus> { RelationshipStatus.Ended } };
        var anyStatus = holds with { Statuses = new HashSet<RelationshipStatus>() };
        var closed = Dated("2025-01-23", null, "2025-01-13");
        var current = Dated("2025-01-23", null, null);
        var reportedLater = Dated("2025-03-01", null, "2025-01-13");

        holds.Admits(closed).ShouldBeFalse();
        holds.Admits(current).ShouldBeTrue();
        ended.Admits(closed).ShouldBeTrue();
        ended.Admits(current).ShouldBeFalse();
        ended.Admits(reportedLater).ShouldBeFalse(); // not known on the day
        anyStatus.Admits(closed).ShouldBeFalse(); // an empty set is no status filter
    }
}
