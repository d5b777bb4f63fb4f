using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// The embedded store's own shortest-path search: the same answers as
/// <see cref="GraphExplorer.Core.Traversal.ShortestPathSearch"/> (bidirectional levels, the entities on
/// shortest paths marked from the meeting level, then paths in relationship-id order), but over entity
/// and relationship positions, so that no step hashes an id string or builds a relationship list.
/// </summary>
internal sealed class PositionShortestPaths
{
    private readonly GraphSnapshot _graph;
    private readonly IReadOnlySet<RelationshipType>? _types;
    private readonly List<(int[] Rows, int Start, int End)> _scratch = new(4);
    private readonly List<int> _positions = [];

    private PositionShortestPaths(GraphSnapshot graph, IReadOnlySet<RelationshipType>? types)
    {
        _graph = graph;
        _types = types;
    }

    public static IReadOnlyList<GraphPath> Run(GraphSnapshot graph, PathQuery query)
    {
        if (!graph.TryGetIndex(query.FromId, out var from))
        {
            throw GraphQueryException.NotFound(query.FromId);
        }

        if (!graph.TryGetIndex(query.ToId, out var to))
        {
            throw GraphQueryException.NotFound(query.ToId);
        }

        if (from == to)
        {
            return [new GraphPath([graph.EntityAt(from)], [])];
        }

        return new PositionShortestPaths(graph, query.Types).Find(from, to, query);
    }

    private IReadOnlyList<GraphPath> Find(int from, int to, PathQuery query)
    {
        var forward = query.Directed ? Direction.Out : Direction.Both;
        var backward = query.Directed ? Direction.In : Direction.Both;

        // Whole levels from both ends, the smaller frontier first, until they share an entity.
        var fromStart = new Dictionary<int, int> { [from] = 0 };
        var toTarget = new Dictionary<int, int> { [to] = 0 };
        var startFrontier = new List<int> { from };
        var targetFrontier = new List<int> { to };
        int fromLevel = 0, toLevel = 0;
        List<int>? middle = null;
        while (middle is null && fromLevel + toLevel < query.MaxLength && startFrontier.Count > 0 && targetFrontier.Count > 0)
        {
            var expandStart = startFrontier.Count <= targetFrontier.Count;
            var (seen, other, frontier, direction, level) = expandStart
                ? (fromStart, toTarget, startFrontier, forward, fromLevel + 1)
                : (toTarget, fromStart, targetFrontier, backward, toLevel + 1);
            var next = new List<int>();
            var met = new List<int>();
            foreach (var entity in frontier)
            {
                foreach (var relationship in Relationships(entity, direction))
                {
                    var neighbor = _graph.OtherEnd(relationship, entity);
                    if (seen.TryAdd(neighbor, level))
                    {
                        next.Add(neighbor);
                        if (other.ContainsKey(neighbor))
                        {
                            met.Add(neighbor);
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

            if (met.Count > 0)
            {
                middle = met;
            }
        }

        if (middle is null)
        {
            return [];
        }

        var length = fromLevel + toLevel;
        var marked = new Dictionary<int, int>();
        foreach (var entity in middle)
        {
            marked[entity] = fromLevel;
        }

        var marking = middle;
        for (var position = fromLevel - 1; position >= 0; position--)
        {
            marking = MarkLevel(marking, backward, fromStart, position, position, marked);
        }

        marking = middle;
        for (var position = fromLevel + 1; position <= length; position++)
        {
            marking = MarkLevel(marking, forward, toTarget, length - position, position, marked);
        }

        var paths = new List<GraphPath>();
        var nodes = new List<Entity> { _graph.EntityAt(from) };
        var steps = new List<Relationship>();
        Enumerate(from, 0);
        return paths;

        void Enumerate(int at, int depth)
        {
            if (depth == length)
            {
                paths.Add(new GraphPath(nodes.ToArray(), steps.ToArray()));
                return;
            }

            // Only the relationships that step onto a shortest path, in id order (the order of their ranks).
            var onward = new List<(int Rank, int Relationship, int Next)>();
            foreach (var relationship in Relationships(at, forward))
            {
                var next = _graph.OtherEnd(relationship, at);
                if (marked.TryGetValue(next, out var position) && position == depth + 1)
                {
                    onward.Add((_graph.RankOf(relationship), relationship, next));
                }
            }

            onward.Sort((a, b) => a.Rank.CompareTo(b.Rank));
            foreach (var (_, relationship, next) in onward)
            {
                nodes.Add(_graph.EntityAt(next));
                steps.Add(_graph.RelationshipAt(relationship));
                Enumerate(next, depth + 1);
                nodes.RemoveAt(nodes.Count - 1);
                steps.RemoveAt(steps.Count - 1);
                if (paths.Count >= query.First)
                {
                    return;
                }
            }
        }
    }

    private List<int> MarkLevel(
        List<int> level, Direction direction, Dictionary<int, int> distance, int wanted, int position, Dictionary<int, int> marked)
    {
        var next = new List<int>();
        foreach (var entity in level)
        {
            foreach (var relationship in Relationships(entity, direction))
            {
                var other = _graph.OtherEnd(relationship, entity);
                if (distance.TryGetValue(other, out var d) && d == wanted && marked.TryAdd(other, position))
                {
                    next.Add(other);
                }
            }
        }

        return next;
    }

    /// <summary>The relationship positions of the entity in one reused list: read it before the next call.</summary>
    private List<int> Relationships(int entity, Direction direction)
    {
        _positions.Clear();
        _graph.AddRelationshipPositions(entity, direction, _types, _scratch, _positions);
        return _positions;
    }
}
