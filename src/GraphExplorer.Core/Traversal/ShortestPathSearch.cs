using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// All shortest paths between two entities, at most <c>MaxLength</c> long, the first
/// <c>First</c> of them in lexicographic order of their relationship ids.
/// </summary>
public static class ShortestPathSearch
{
    public static IReadOnlyList<GraphPath> Run(IGraphView graph, PathQuery query)
    {
        var from = graph.Find(query.FromId) ?? throw GraphQueryException.NotFound(query.FromId);
        var to = graph.Find(query.ToId) ?? throw GraphQueryException.NotFound(query.ToId);
        if (from.Id == to.Id)
        {
            return [new GraphPath([from], [])];
        }

        var forward = query.Directed ? Direction.Out : Direction.Both;
        var backward = query.Directed ? Direction.In : Direction.Both;
        var distance = DistancesUntil(graph, from.Id, to.Id, forward, query.Types, query.MaxLength);
        if (!distance.TryGetValue(to.Id, out var length))
        {
            return [];
        }

        var onShortestPath = MarkBackwards(graph, distance, to.Id, length, backward, query.Types);
        var paths = new List<GraphPath>();
        var nodes = new List<Entity> { from };
        var relationships = new List<Relationship>();
        Enumerate(from.Id, 0);
        return paths;

        void Enumerate(string at, int depth)
        {
            if (depth == length)
            {
                paths.Add(new GraphPath(nodes.ToArray(), relationships.ToArray()));
                return;
            }

            foreach (var relationship in graph.RelationshipsOf(at, forward, query.Types))
            {
                var next = relationship.OtherEnd(at);
                if (!onShortestPath.TryGetValue(next, out var position) || position != depth + 1)
                {
                    continue;
                }

                nodes.Add(graph.Find(next)!);
                relationships.Add(relationship);
                Enumerate(next, depth + 1);
                nodes.RemoveAt(nodes.Count - 1);
                relationships.RemoveAt(relationships.Count - 1);
                if (paths.Count >= query.First)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Breadth-first distances from the start, stopping as soon as the target is reached.</summary>
    private static Dictionary<string, int> DistancesUntil(
        IGraphView graph, string start, string target, Direction direction, IReadOnlySet<RelationshipType>? types, int maxLength)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [start] = 0 };
        var frontier = new List<string> { start };
        for (var level = 1; level <= maxLength && frontier.Count > 0; level++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var relationship in graph.RelationshipsOf(id, direction, types))
                {
                    var other = relationship.OtherEnd(id);
                    if (distance.TryAdd(other, level))
                    {
                        if (other == target)
                        {
                            return distance;
                        }

                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        return distance;
    }

    /// <summary>The entities on some shortest path, each with its position on it, found by walking back from the target.</summary>
    private static Dictionary<string, int> MarkBackwards(
        IGraphView graph, Dictionary<string, int> distance, string target, int length, Direction backward,
        IReadOnlySet<RelationshipType>? types)
    {
        var marked = new Dictionary<string, int>(StringComparer.Ordinal) { [target] = length };
        var frontier = new List<string> { target };
        for (var position = length - 1; position >= 0; position--)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var relationship in graph.RelationshipsOf(id, backward, types))
                {
                    var other = relationship.OtherEnd(id);
                    if (distance.TryGetValue(other, out var d) && d == position && marked.TryAdd(other, position))
                    {
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        return marked;
    }
}
