using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Traversal;

/// <summary>A graph of only the relationships known on one of some bases (<see cref="Relationship.Basis"/>), e.g. only what the sources state.</summary>
public sealed class BasisView(IGraphView graph, IReadOnlySet<Basis> bases) : IGraphView
{
    public Entity? Find(string id) => graph.Find(id);

    public IEnumerable<Relationship> RelationshipsOf(string id, Direction direction, IReadOnlySet<RelationshipType>? types) =>
        graph.RelationshipsOf(id, direction, types).Where(r => r.Basis is { } basis && bases.Contains(basis));

    /// <summary>The graph on <paramref name="bases"/>, or as it is when there are none.</summary>
    public static IGraphView Of(IGraphView graph, IReadOnlySet<Basis>? bases) => bases is { Count: > 0 } some ? new BasisView(graph, some) : graph;
}
