using System.Runtime.InteropServices;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Traversal;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// A snapshot as the shared shortest-path search walks it: keyed by entity and relationship positions, so no step
/// hashes an id string or builds a relationship list.
/// </summary>
internal readonly struct SnapshotPathGraph(GraphSnapshot graph, IReadOnlySet<RelationshipType>? types, DateOnly? asOf) : IPathGraph<int, int>
{
    private readonly List<int> _positions = [];

    public IEqualityComparer<int> NodeComparer => EqualityComparer<int>.Default;

    public ReadOnlySpan<int> EdgesOf(int node, Direction direction)
    {
        _positions.Clear();
        graph.AddRelationshipPositions(node, direction, types, _positions);
        var snapshot = graph;
        var date = asOf;
        _positions.RemoveAll(edge => !snapshot.IsBelieved(edge, date));

        return CollectionsMarshal.AsSpan(_positions);
    }

    public int OtherEnd(int edge, int node) => graph.OtherEnd(edge, node);

    public int CompareById(int first, int second) => graph.CompareIds(first, second);

    public Entity EntityAt(int node) => graph.EntityAt(node);

    public Relationship RelationshipAt(int edge) => graph.RelationshipAt(edge);
}
