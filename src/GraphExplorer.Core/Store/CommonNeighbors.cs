using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>The asked entities (<see cref="Of"/>, in the order asked) and what they have in common, in neighbor-id order.</summary>
public sealed record CommonNeighbors(IReadOnlyList<Entity> Of, IReadOnlyList<CommonNeighbor> Neighbors);
