using System.Runtime.InteropServices;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Traversal;

/// <summary>An <see cref="IGraphView"/> (such as a subgraph fetched from Neo4j) as the shortest-path search walks it: keyed by id.</summary>
internal readonly struct ViewPathGraph(IGraphView graph, IReadOnlySet<RelationshipType>? types) : IPathGraph<string, Relationship>
{
    private readonly List<Relationship> _edges = [];

    public IEqualityComparer<string> NodeComparer => StringComparer.Ordinal;

    public ReadOnlySpan<Relationship> EdgesOf(string node, Direction direction)
    {
        _edges.Clear();
        _edges.AddRange(graph.RelationshipsOf(node, direction, types));
        return CollectionsMarshal.AsSpan(_edges);
    }

    public string OtherEnd(Relationship edge, string node) => edge.OtherEnd(node);

    public int CompareById(Relationship first, Relationship second) => string.CompareOrdinal(first.Id, second.Id);

    public Entity EntityAt(string node) => graph.Find(node)!;

    public Relationship RelationshipAt(Relationship edge) => edge;
}
