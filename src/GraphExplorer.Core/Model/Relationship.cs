namespace GraphExplorer.Core.Model;

/// <summary>
/// An edge of the graph, always read from <see cref="FromId"/> to <see cref="ToId"/>.
/// <see cref="SourceId"/> is the id of the document that states it. <see cref="Properties"/>
/// holds every stored property other than the ones named here.
/// </summary>
public sealed record Relationship(
    string Id,
    RelationshipType Type,
    string FromId,
    string ToId,
    string? SourceId,
    string? Evidence,
    DateOnly? ReportedOn,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>
    /// Whether it holds on <paramref name="date"/>: within its validity where given (either end may be open) and
    /// reported on or before that date, so an answer as of a date knows only what was known then.
    /// </summary>
    public bool HoldsOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || ValidTo >= date) && (ReportedOn is null || ReportedOn <= date);

    /// <summary>The end that is not <paramref name="entityId"/> (the entity itself for a loop).</summary>
    public string OtherEnd(string entityId) => FromId == entityId ? ToId : FromId;
}
