using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Writes;

/// <summary>
/// A relationship to add. Without <see cref="Id"/> one is made from its ends and type
/// (<c>&lt;from&gt;-&lt;type&gt;-&lt;to&gt;</c>, with a suffix when taken); the same relationship sent again is not
/// added twice, so a client may retry.
/// </summary>
public sealed record RelationshipInput(
    string? Id,
    RelationshipType Type,
    string From,
    string To,
    string Source,
    string Evidence,
    DateOnly? ReportedOn,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyDictionary<string, object?>? Properties,
    Basis Basis,
    string? BasisNote) : GraphWrite
{
    /// <summary>The precision of each date given, by property name (<c>validFrom</c>); a date without one is to the day.</summary>
    public IReadOnlyDictionary<string, DatePrecision>? Precisions { get; init; }

    public override string Operation => "addRelationship";
}
