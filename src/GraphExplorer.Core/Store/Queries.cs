using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>Which relationships of an entity to return. <see cref="Types"/> null or empty means every type.</summary>
public sealed record RelationshipFilter(Direction Direction, IReadOnlySet<RelationshipType>? Types, int First);

/// <summary><see cref="WithRelationships"/>, when set, asks for the relationships of every entity found in the same call.</summary>
public sealed record SearchQuery(string Text, IReadOnlySet<EntityKind>? Kinds, int First, RelationshipFilter? WithRelationships = null);

/// <summary><see cref="WithRelationships"/>, when set, asks for the relationships of every entity on the page in the same call.</summary>
public sealed record EntityListQuery(EntityKind? Kind, int First, string? AfterId, RelationshipFilter? WithRelationships = null);

public sealed record NeighborhoodQuery(
    string Id, int Depth, Direction Direction, IReadOnlySet<RelationshipType>? Types, int Limit);

public sealed record PathQuery(
    string FromId, string ToId, int MaxLength, IReadOnlySet<RelationshipType>? Types, bool Directed, int First);

public sealed record SupplyChainQuery(string Id, SupplyDirection Direction, int MaxTiers, int MaxEntities);

public sealed record OwnersQuery(string Id, int MaxDepth, int MaxChains);

public sealed record ExposureQuery(string Id, int MaxDepth, int MaxReached);
