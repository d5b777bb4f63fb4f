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
        var meeting = Meet(graph, from.Id, to.Id, forward, backward, query.Types, query.MaxLength);
        if (meeting is null)
        {
            return [];
        }

        var length = meeting.Length;
        var onShortestPath = MarkOnShortestPaths(graph, meeting, forward, backward, query.Types);
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

    /// <summary>
    /// Where a bidirectional breadth-first search met: the distances from the start (levels
    /// 0..<see cref="FromLevel"/>, complete), the distances to the target (levels
    /// 0..<see cref="ToLevel"/>, complete), and the entities at distance <see cref="FromLevel"/>
    /// from the start and <see cref="ToLevel"/> to the target: every shortest path passes through
    /// exactly one of them.
    /// </summary>
    private sealed record Meeting(
        Dictionary<string, int> FromStart, Dictionary<string, int> ToTarget, int FromLevel, int ToLevel, List<string> Middle)
    {
        public int Length => FromLevel + ToLevel;
    }

    /// <summary>
    /// Expands whole levels from both ends, always the side with the smaller frontier, until they
    /// share an entity. While they share none, every path is longer than the sum of the levels, so
    /// the first shared entities lie exactly at the meeting levels of some shortest path.
    /// </summary>
    private static Meeting? Meet(
        IGraphView graph, string start, string target, Direction forward, Direction backward,
        IReadOnlySet<RelationshipType>? types, int maxLength)
    {
        var fromStart = new Dictionary<string, int>(StringComparer.Ordinal) { [start] = 0 };
        var toTarget = new Dictionary<string, int>(StringComparer.Ordinal) { [target] = 0 };
        var startFrontier = new List<string> { start };
        var targetFrontier = new List<string> { target };
        int fromLevel = 0, toLevel = 0;
        while (fromLevel + toLevel < maxLength && startFrontier.Count > 0 && targetFrontier.Count > 0)
        {
            var expandStart = startFrontier.Count <= targetFrontier.Count;
            var (seen, other, frontier, direction, level) = expandStart
                ? (fromStart, toTarget, startFrontier, forward, fromLevel + 1)
                : (toTarget, fromStart, targetFrontier, backward, toLevel + 1);
            var next = new List<string>();
            var middle = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var relationship in graph.RelationshipsOf(id, direction, types))
                {
                    var entity = relationship.OtherEnd(id);
                    if (seen.TryAdd(entity, level))
                    {
                        next.Add(entity);
                        if (other.ContainsKey(entity))
                        {
                            middle.Add(entity);
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
                return new Meeting(fromStart, toTarget, fromLevel, toLevel, middle);
            }
        }

        return null;
    }

    /// <summary>
    /// The entities on some shortest path, each with its position on it: the middle entities, then
    /// walking back towards the start and on towards the target through the complete levels.
    /// </summary>
    private static Dictionary<string, int> MarkOnShortestPaths(
        IGraphView graph, Meeting meeting, Direction forward, Direction backward, IReadOnlySet<RelationshipType>? types)
    {
        var marked = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in meeting.Middle)
        {
            marked[id] = meeting.FromLevel;
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

        List<string> MarkLevel(List<string> level, Direction direction, Dictionary<string, int> distance, int wanted, int position)
        {
            var next = new List<string>();
            foreach (var id in level)
            {
                foreach (var relationship in graph.RelationshipsOf(id, direction, types))
                {
                    var other = relationship.OtherEnd(id);
                    if (distance.TryGetValue(other, out var d) && d == wanted && marked.TryAdd(other, position))
                    {
                        next.Add(other);
                    }
                }
            }

            return next;
        }
    }
}
