using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// A graph as <see cref="ShortestPathSearch"/> walks it, keyed however its store keys nodes (an id string, a
/// position in an index) so the search never translates keys on the way. Implement it as a struct: the search is
/// generic over it, so its calls are direct.
/// </summary>
public interface IPathGraph<TNode, TEdge>
    where TNode : notnull
{
    IEqualityComparer<TNode> NodeComparer { get; }

    /// <summary>The edges of <paramref name="node"/> in <paramref name="direction"/> that the search may follow; read them before the next call.</summary>
    ReadOnlySpan<TEdge> EdgesOf(TNode node, Direction direction);

    TNode OtherEnd(TEdge edge, TNode node);

    /// <summary>Orders edges as their relationship ids order, which orders the paths found.</summary>
    int CompareById(TEdge first, TEdge second);

    Entity EntityAt(TNode node);

    Relationship RelationshipAt(TEdge edge);
}
