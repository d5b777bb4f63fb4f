using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>
/// A walk through the graph: <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> are the ends of
/// <c>Relationships[i]</c>, whichever way that relationship points.
/// </summary>
public sealed record GraphPath(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Relationships)
{
    public int Length => Relationships.Count;
}
