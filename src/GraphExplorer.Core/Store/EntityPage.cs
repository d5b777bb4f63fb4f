using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>A page of entities; <see cref="Relationships"/> is set when the query asked for them.</summary>
public sealed record EntityPage(IReadOnlyList<Entity> Entities, int TotalCount, bool HasNextPage, RelationshipsResult? Relationships = null);
