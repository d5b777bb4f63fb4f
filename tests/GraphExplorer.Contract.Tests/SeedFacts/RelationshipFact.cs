using GraphExplorer.Core.Model;

namespace GraphExplorer.Contract.Tests.SeedFacts;

/// <summary>
/// A relationship that must exist with this id, type, ends, source and dates, carrying at least
/// these property values, on this basis. Null <see cref="ValidFrom"/>/<see cref="ValidTo"/> mean the graph must not have them.
/// </summary>
public sealed record RelationshipFact(
    string Id,
    string FromId,
    RelationshipType Type,
    string ToId,
    string Source,
    DateOnly ReportedOn,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyDictionary<string, object> Properties)
    : SeedFact($"{FromId} -{Type.ToCypher()}-> {ToId} ({Id})")
{
    /// <summary>How the article knows it: <see cref="Basis.Stated"/> unless the catalog says otherwise.</summary>
    public Basis Basis { get; init; } = Basis.Stated;
}
