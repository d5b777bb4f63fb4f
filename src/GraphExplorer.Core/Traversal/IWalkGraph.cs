using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// A graph as a walk reads it, keyed however its store keys nodes and edges (records, or positions in an index), so a
/// walk that meets many relationships and keeps few builds records only for those it keeps. The graph is already
/// narrowed to the walk's types, date and bases. Implement it as a struct: walks are generic over it.
/// </summary>
public interface IWalkGraph<TNode, TEdge>
    where TNode : notnull
    where TEdge : notnull
{
    IEqualityComparer<TNode> NodeComparer { get; }

    IEqualityComparer<TEdge> EdgeComparer { get; }

    bool TryFind(string id, out TNode node);

    Entity EntityAt(TNode node);

    /// <summary>Appends the node's edges in <paramref name="direction"/> in relationship-id order, a loop once.</summary>
    void AddEdges(TNode node, Direction direction, List<TEdge> edges);

    RelationshipType TypeOf(TEdge edge);

    TNode OtherEnd(TEdge edge, TNode node);

    Relationship RelationshipAt(TEdge edge);
}

/// <summary>A walk written once over any <see cref="IWalkGraph{TNode, TEdge}"/>: what a whole graph runs on its own keys.</summary>
public interface IWalk<out TResult>
{
    TResult Run<TGraph, TNode, TEdge>(TGraph graph)
        where TGraph : IWalkGraph<TNode, TEdge>
        where TNode : notnull
        where TEdge : notnull;
}

/// <summary>A fetched graph that runs walks over its own keys (the embedded store's snapshot), narrowed as asked.</summary>
public interface IWalkableView : IGraphView
{
    TResult Walk<TResult>(IWalk<TResult> walk, IReadOnlySet<RelationshipType>? types, DateOnly? asOf, IReadOnlySet<Basis>? bases);
}

/// <summary>Any <see cref="IGraphView"/> as a walk graph over its records: what a fetched subgraph (Neo4j's) walks on.</summary>
public readonly struct RecordWalkGraph(IGraphView graph, IReadOnlySet<RelationshipType>? types) : IWalkGraph<Entity, Relationship>
{
    private static readonly IEqualityComparer<Entity> s_entities = EqualityComparer<Entity>.Create((a, b) => a?.Id == b?.Id, e => e.Id.GetHashCode(StringComparison.Ordinal));
    private static readonly IEqualityComparer<Relationship> s_relationships =
        EqualityComparer<Relationship>.Create((a, b) => a?.Id == b?.Id, r => r.Id.GetHashCode(StringComparison.Ordinal));

    public IEqualityComparer<Entity> NodeComparer => s_entities;

    public IEqualityComparer<Relationship> EdgeComparer => s_relationships;

    public bool TryFind(string id, out Entity node)
    {
        node = graph.Find(id)!;
        return node is not null;
    }

    public Entity EntityAt(Entity node) => node;

    public void AddEdges(Entity node, Direction direction, List<Relationship> edges) => edges.AddRange(graph.RelationshipsOf(node.Id, direction, types));

    public RelationshipType TypeOf(Relationship edge) => edge.Type;

    public Entity OtherEnd(Relationship edge, Entity node) => graph.Find(edge.OtherEnd(node.Id))!;

    public Relationship RelationshipAt(Relationship edge) => edge;
}
