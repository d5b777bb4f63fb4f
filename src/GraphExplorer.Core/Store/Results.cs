using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>
/// Relationships per asked entity, and the asked entities themselves with every entity at the
/// ends of their relationships, so that a caller can show both ends without asking the store again.
/// </summary>
public sealed record RelationshipsResult(
    IReadOnlyDictionary<string, IReadOnlyList<Relationship>> ByEntity,
    IReadOnlyDictionary<string, Entity> Endpoints);

/// <summary>A page of entities; <see cref="Relationships"/> is set when the query asked for them.</summary>
public sealed record EntityPage(IReadOnlyList<Entity> Entities, int TotalCount, bool HasNextPage, RelationshipsResult? Relationships = null);

/// <summary>A drawable piece of the graph; <see cref="Truncated"/> is true when a limit left something out.</summary>
public sealed record Subgraph(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Edges, bool Truncated);

/// <summary>
/// A walk through the graph: <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> are the ends of
/// <c>Relationships[i]</c>, whichever way that relationship points.
/// </summary>
public sealed record GraphPath(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Relationships)
{
    public int Length => Relationships.Count;
}

public sealed record SupplyTier(int Tier, IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships);

public sealed record SupplyChain(Entity Root, SupplyDirection Direction, IReadOnlyList<SupplyTier> Tiers, bool Truncated);

/// <summary>
/// One owner of an entity and the chain of <c>OWNS</c> relationships from that owner down to it.
/// <see cref="EffectivePercentage"/> multiplies the percentages along the chain and is null when one is unknown.
/// </summary>
public sealed record Ownership(
    Entity Owner, int Depth, bool IsDirect, bool IsUltimate, double? EffectivePercentage, GraphPath Chain);

/// <summary>How an exposure reaches the entity: through itself or through the first step of its path.</summary>
public enum ExposureChannel
{
    Self,
    Owned,
    Developed,
    Supplied,
    Manufactured,
    Leased,
    Location,
}

/// <summary>
/// A regulation or regulator that reaches the entity. <see cref="Path"/> starts at the entity,
/// passes through <see cref="Through"/> (the thing actually restricted or regulated) and ends at
/// <see cref="By"/>.
/// </summary>
public sealed record Exposure(Entity By, Entity Through, ExposureChannel Channel, GraphPath Path);

public sealed record StoreHealth(bool IsReady, string Store, string Description);

/// <summary>An entity connected to every one of the asked entities, and the relationships that connect it to them, in id order.</summary>
public sealed record CommonNeighbor(Entity Neighbor, IReadOnlyList<Relationship> Relationships);

/// <summary>The asked entities (<see cref="Of"/>, in the order asked) and what they have in common, in neighbor-id order.</summary>
public sealed record CommonNeighbors(IReadOnlyList<Entity> Of, IReadOnlyList<CommonNeighbor> Neighbors);
