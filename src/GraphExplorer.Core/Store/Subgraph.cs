using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>A drawable piece of the graph; <see cref="Truncated"/> is true when a limit left something out.</summary>
public sealed record Subgraph(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Edges, bool Truncated);
