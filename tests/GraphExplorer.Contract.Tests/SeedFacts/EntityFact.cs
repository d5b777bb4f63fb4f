using GraphExplorer.Core.Model;

namespace GraphExplorer.Contract.Tests.SeedFacts;

/// <summary>
/// An entity that must exist with this kind and name, carrying at least these aliases and these
/// property values (figures, dates, flags).
/// </summary>
public sealed record EntityFact(
    string Id,
    EntityKind Kind,
    string EntityName,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, object> Properties)
    : SeedFact($"{Kind} {Id}: {EntityName}");
