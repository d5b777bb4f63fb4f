using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>An entity connected to every one of the asked entities, and the relationships that connect it to them, in id order.</summary>
public sealed record CommonNeighbor(Entity Neighbor, IReadOnlyList<Relationship> Relationships);
