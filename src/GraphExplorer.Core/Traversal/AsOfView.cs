using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Traversal;

/// <summary>A graph as it stood on one date: only the relationships that hold on it (<see cref="Relationship.HoldsOn"/>).</summary>
public sealed class AsOfView(IGraphView graph, DateOnly date) : IGraphView
{
    public Entity? Find(string id) => graph.Find(id);

    public IEnumerable<Relationship> RelationshipsOf(string id, Direction direction, IReadOnlySet<RelationshipType>? types) =>
        graph.RelationshipsOf(id, direction, types).Where(r => r.HoldsOn(date));

    /// <summary>The graph as of <paramref name="date"/>, or as it is when there is none.</summary>
    public static IGraphView Of(IGraphView graph, DateOnly? date) => date is { } day ? new AsOfView(graph, day) : graph;
}
