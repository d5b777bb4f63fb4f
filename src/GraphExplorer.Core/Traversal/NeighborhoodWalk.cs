using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// Breadth-first from the start entity, level by level, each entity's relationships in id order, along the
/// relationships and into the kinds the query allows. A new entity joins while fewer than <c>Limit</c> are in
/// (<see cref="Subgraph.Truncated"/> says when one was left out). The edges are every allowed relationship among the
/// entities that are in, whichever way it points, so a drawing of the answer misses no line between its nodes: first
/// those walked, in walking order, then the others, by entity and then id. Entities come in discovery order.
/// </summary>
public static class NeighborhoodWalk
{
    /// <summary>
    /// Every relationship of every entity within depth steps, both ways: the last level's entities too, for the edges
    /// among them. Types are narrowed in the walk (a store fetches only the asked types, or all of them).
    /// </summary>
    public static ReachQuery Reach(NeighborhoodQuery query) =>
        new([query.Id], [new ReachStep(Direction.Both, FetchedTypes(query))], query.Depth, "depth or fewer types");

    public static Subgraph Run(IGraphView graph, NeighborhoodQuery query) =>
        Run<RecordWalkGraph, Entity, Relationship>(new RecordWalkGraph(graph, FetchedTypes(query)), query);

    /// <summary>The walk over a whole graph's own keys (see <see cref="IWalkableView"/>), narrowed to the query's types.</summary>
    public static Subgraph Run(IWalkableView graph, NeighborhoodQuery query) =>
        graph.Walk(new Walker(query), FetchedTypes(query), query.AsOf, query.Bases);

    /// <param name="graph">Narrowed to the types the query fetches (<see cref="FetchedTypes"/>), its date and bases.</param>
    public static Subgraph Run<TGraph, TNode, TEdge>(TGraph graph, NeighborhoodQuery query)
        where TGraph : IWalkGraph<TNode, TEdge>
        where TNode : notnull
        where TEdge : notnull
    {
        if (!graph.TryFind(query.Id, out var root))
        {
            throw GraphQueryException.NotFound(query.Id);
        }

        var nodes = new List<TNode> { root };
        var included = new HashSet<TNode>(graph.NodeComparer) { root };
        var edges = new List<TEdge>();
        var edgeSet = new HashSet<TEdge>(graph.EdgeComparer);
        var truncated = false;
        var frontier = new List<TNode> { root };
        var scratch = new List<TEdge>();

        for (var level = 1; level <= query.Depth && frontier.Count > 0; level++)
        {
            var next = new List<TNode>();
            foreach (var node in frontier)
            {
                scratch.Clear();
                graph.AddEdges(node, query.Direction, scratch);
                foreach (var edge in scratch)
                {
                    if (!query.Allows(graph.TypeOf(edge)))
                    {
                        continue;
                    }

                    var other = graph.OtherEnd(edge, node);
                    if (!included.Contains(other))
                    {
                        if (!query.Allows(graph.EntityAt(other).Kind))
                        {
                            continue;
                        }

                        if (nodes.Count >= query.Limit)
                        {
                            truncated = true;
                            continue;
                        }

                        included.Add(other);
                        nodes.Add(other);
                        next.Add(other);
                    }

                    if (edgeSet.Add(edge))
                    {
                        edges.Add(edge);
                    }
                }
            }

            frontier = next;
        }

        foreach (var node in nodes)
        {
            scratch.Clear();
            graph.AddEdges(node, Direction.Both, scratch);
            foreach (var edge in scratch)
            {
                if (query.Allows(graph.TypeOf(edge)) && included.Contains(graph.OtherEnd(edge, node)) && edgeSet.Add(edge))
                {
                    edges.Add(edge);
                }
            }
        }

        return new Subgraph([.. nodes.Select(graph.EntityAt)], [.. edges.Select(graph.RelationshipAt)], truncated);
    }

    private sealed class Walker(NeighborhoodQuery query) : IWalk<Subgraph>
    {
        public Subgraph Run<TGraph, TNode, TEdge>(TGraph graph)
            where TGraph : IWalkGraph<TNode, TEdge>
            where TNode : notnull
            where TEdge : notnull =>
            NeighborhoodWalk.Run<TGraph, TNode, TEdge>(graph, query);
    }

    private static IReadOnlySet<RelationshipType>? FetchedTypes(NeighborhoodQuery query) =>
        query.Types is { Count: > 0 } types && query.ExcludeTypes is { Count: > 0 } excluded
            ? types.Where(t => !excluded.Contains(t)).ToHashSet()
            : query.Types;
}
