using GraphExplorer.Core.Model;
using GraphExplorer.Core.Traversal;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// A snapshot as the shared walks read it: entities and relationships by position, narrowed to types, a date and
/// bases, so a walk builds the record of a relationship only when it keeps it.
/// </summary>
internal readonly struct SnapshotWalkGraph(
    GraphSnapshot graph, IReadOnlySet<RelationshipType>? types, DateOnly? asOf, IReadOnlySet<Basis>? bases) : IWalkGraph<int, int>
{
    public IEqualityComparer<int> NodeComparer => EqualityComparer<int>.Default;

    public IEqualityComparer<int> EdgeComparer => EqualityComparer<int>.Default;

    public bool TryFind(string id, out int node) => graph.TryGetIndex(id, out node);

    public Entity EntityAt(int node) => graph.EntityAt(node);

    public void AddEdges(int node, Direction direction, List<int> edges)
    {
        foreach (var edge in graph.OrderedPositions(node, direction, types))
        {
            if (graph.IsBelieved(edge, asOf)
                && (bases is not { Count: > 0 } some || (graph.BasisOf(edge) is { } basis && some.Contains(basis))))
            {
                edges.Add(edge);
            }
        }
    }

    public RelationshipType TypeOf(int edge) => graph.TypeOf(edge);

    public int OtherEnd(int edge, int node) => graph.OtherEnd(edge, node);

    public Relationship RelationshipAt(int edge) => graph.RelationshipAt(edge);
}
