using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>
/// Relationships per asked entity, and the asked entities themselves with every entity at the
/// ends of their relationships, so that a caller can show both ends without asking the store again.
/// </summary>
public sealed record RelationshipsResult(
    IReadOnlyDictionary<string, IReadOnlyList<Relationship>> ByEntity,
    IReadOnlyDictionary<string, Entity> Endpoints);
