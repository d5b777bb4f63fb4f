using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// All shortest paths between two entities, at most <c>MaxLength</c> long, the first <c>First</c> of them in
/// lexicographic order of their relationship ids. Written once, generic over how a graph keys its nodes
/// (<see cref="IPathGraph{TNode, TEdge}"/>): the embedded store runs it over index positions, a fetched subgraph over ids.
/// </summary>
public static class ShortestPathSearch
{
    /// <summary>Over a graph view, keyed by entity id.</summary>
    public static IReadOnlyList<GraphPath> Run(IGraphView graph, PathQuery query)
    {
        var from = graph.Find(query.FromId) ?? throw GraphQueryException.NotFound(query.FromId);
        var to = graph.Find(query.ToId) ?? throw GraphQueryException.NotFound(query.ToId);
        return Run<ViewPathGraph, string, Relationship>(new ViewPathGraph(graph, query.Types), from.Id, to.Id, query);
    }

    /// <summary>Between two nodes known to be in <paramref name="graph"/>; the query's types are the graph's to apply.</summary>
    public static IReadOnlyList<GraphPath> Run<TGraph, TNode, TEdge>(TGraph graph, TNode from, TNode to, PathQuery query)
        where TGraph : IPathGraph<TNode, TEdge>
        where TNode : notnull
    {
        if (graph.NodeComparer.Equals(from, to))
        {
            return [new GraphPath([graph.EntityAt(from)], [])];
        }

        var forward = query.Directed ? Direction.Out : Direction.Both;
        var backward = query.Directed ? Direction.In : Direction.Both;
        var meeting = Meet<TGraph, TNode, TEdge>(graph, from, to, forward, backward, query.MaxLength);
        if (meeting is null)
        {
            return [];
        }

        var marked = MarkOnShortestPaths<TGraph, TNode, TEdge>(graph, meeting, forward, backward);
        return Enumerate<TGraph, TNode, TEdge>(graph, from, meeting.Length, marked, forward, query.First);
    }

    /// <summary>
    /// Where a bidirectional breadth-first search met: the distances from the start (levels 0..<see cref="FromLevel"/>,
    /// complete), the distances to the target (levels 0..<see cref="ToLevel"/>, complete), and the nodes at distance
    /// <see cref="FromLevel"/> from the start and <see cref="ToLevel"/> to the target: every shortest path passes
    /// through exactly one of them.
    /// </summary>
    private sealed record Meeting<TNode>(
        Dictionary<TNode, int> FromStart, Dictionary<TNode, int> ToTarget, int FromLevel, int ToLevel, List<TNode> Middle)
        where TNode : notnull
    {
        public int Length => FromLevel + ToLevel;
    }

    /// <summary>
    /// Expands whole levels from both ends, always the side with the smaller frontier, until they share a node. While
    /// they share none, every path is longer than the sum of the levels, so the first shared nodes lie exactly at the
    /// meeting levels of some shortest path.
    /// </summary>
    private static Meeting<TNode>? Meet<TGraph, TNode, TEdge>(
        TGraph graph, TNode start, TNode target, Direction forward, Direction backward, int maxLength)
        where TGraph : IPathGraph<TNode, TEdge>
        where TNode : notnull
    {
        var fromStart = new Dictionary<TNode, int>(graph.NodeComparer) { [start] = 0 };
        var toTarget = new Dictionary<TNode, int>(graph.NodeComparer) { [target] = 0 };
        var startFrontier = new List<TNode> { start };
        var targetFrontier = new List<TNode> { target };
        int fromLevel = 0, toLevel = 0;
        while (fromLevel + toLevel < maxLength && startFrontier.Count > 0 && targetFrontier.Count > 0)
        {
            var expandStart = startFrontier.Count <= targetFrontier.Count;
            var (seen, other, frontier, direction, level) = expandStart
                ? (fromStart, toTarget, startFrontier, forward, fromLevel + 1)
                : (toTarget, fromStart, targetFrontier, backward, toLevel + 1);
            var next = new List<TNode>();
            var middle = new List<TNode>();
            foreach (var node in frontier)
            {
                foreach (var edge in graph.EdgesOf(node, direction))
                {
                    var neighbor = graph.OtherEnd(edge, node);
                    if (seen.TryAdd(neighbor, level))
                    {
                        next.Add(neighbor);
                        if (other.ContainsKey(neighbor))
                        {
                            middle.Add(neighbor);
                        }
                    }
                }
            }

            if (expandStart)
            {
                startFrontier = next;
                fromLevel = level;
            }
            else
            {
                targetFrontier = next;
                toLevel = level;
            }

            if (middle.Count > 0)
            {
                return new Meeting<TNode>(fromStart, toTarget, fromLevel, toLevel, middle);
            }
        }

        return null;
    }

    /// <summary>
    /// The nodes on some shortest path, each with its position on it: the middle nodes, then walking back towards the
    /// start and on towards the target through the complete levels.
    /// </summary>
    private static Dictionary<TNode, int> MarkOnShortestPaths<TGraph, TNode, TEdge>(
        TGraph graph, Meeting<TNode> meeting, Direction forward, Direction backward)
        where TGraph : IPathGraph<TNode, TEdge>
        where TNode : notnull
    {
        var marked = new Dictionary<TNode, int>(graph.NodeComparer);
        foreach (var node in meeting.Middle)
        {
            marked[node] = meeting.FromLevel;
        }

        var frontier = meeting.Middle;
        for (var position = meeting.FromLevel - 1; position >= 0; position--)
        {
            frontier = MarkLevel(frontier, backward, meeting.FromStart, position, position);
        }

        frontier = meeting.Middle;
        for (var position = meeting.FromLevel + 1; position <= meeting.Length; position++)
        {
            frontier = MarkLevel(frontier, forward, meeting.ToTarget, meeting.Length - position, position);
        }

        return marked;

        List<TNode> MarkLevel(List<TNode> level, Direction direction, Dictionary<TNode, int> distance, int wanted, int position)
        {
            var next = new List<TNode>();
            foreach (var node in level)
            {
                foreach (var edge in graph.EdgesOf(node, direction))
                {
                    var other = graph.OtherEnd(edge, node);
                    if (distance.TryGetValue(other, out var d) && d == wanted && marked.TryAdd(other, position))
                    {
                        next.Add(other);
                    }
                }
            }

            return next;
        }
    }

    /// <summary>The paths through the marked nodes, depth first, each node's onward edges in relationship-id order.</summary>
    private static List<GraphPath> Enumerate<TGraph, TNode, TEdge>(
        TGraph graph, TNode from, int length, Dictionary<TNode, int> marked, Direction forward, int first)
        where TGraph : IPathGraph<TNode, TEdge>
        where TNode : notnull
    {
        var paths = new List<GraphPath>();
        var nodes = new List<Entity> { graph.EntityAt(from) };
        var steps = new List<Relationship>();
        var byId = Comparer<(TEdge Edge, TNode Next)>.Create((a, b) => graph.CompareById(a.Edge, b.Edge));
        Step(from, 0);
        return paths;

        void Step(TNode at, int depth)
        {
            if (depth == length)
            {
                paths.Add(new GraphPath(nodes.ToArray(), steps.ToArray()));
                return;
            }

            // Only the edges that step onto a shortest path, copied: the graph may reuse its edge list.
            var onward = new List<(TEdge Edge, TNode Next)>();
            foreach (var edge in graph.EdgesOf(at, forward))
            {
                var next = graph.OtherEnd(edge, at);
                if (marked.TryGetValue(next, out var position) && position == depth + 1)
                {
                    onward.Add((edge, next));
                }
            }

            onward.Sort(byId);
            foreach (var (edge, next) in onward)
            {
                nodes.Add(graph.EntityAt(next));
                steps.Add(graph.RelationshipAt(edge));
                Step(next, depth + 1);
                nodes.RemoveAt(nodes.Count - 1);
                steps.RemoveAt(steps.Count - 1);
                if (paths.Count >= first)
                {
                    return;
                }
            }
        }
    }
}
