using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;

namespace GraphExplorer.Embedded.Tests.Traversal;

/// <summary>
/// The first shortest-path search, kept as the reference: breadth-first distances from the start
/// until the target, the entities on shortest paths marked walking back, then paths in
/// relationship-id order.
/// </summary>
internal static class ReferenceShortestPaths
{
    public static IReadOnlyList<GraphPath> Run(IGraphView graph, PathQuery query)
    {
        var from = graph.Find(query.FromId)!;
        var to = graph.Find(query.ToId)!;
        if (from.Id == to.Id)
        {
            return [new GraphPath([from], [])];
        }

        var forward = query.Directed ? Direction.Out : Direction.Both;
        var backward = query.Directed ? Direction.In : Direction.Both;
        var distance = new Dictionary<string, int> { [from.Id] = 0 };
        var frontier = new List<string> { from.Id };
        for (var level = 1; level <= query.MaxLength && frontier.Count > 0 && !distance.ContainsKey(to.Id); level++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var relationship in graph.RelationshipsOf(id, forward, query.Types))
                {
                    if (distance.TryAdd(relationship.OtherEnd(id), level))
                    {
                        next.Add(relationship.OtherEnd(id));
                    }
                }
            }

            frontier = next;
        }

        if (!distance.TryGetValue(to.Id, out var length))
        {
            return [];
        }

        var marked = new Dictionary<string, int> { [to.Id] = length };
        frontier = [to.Id];
        for (var position = length - 1; position >= 0; position--)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var relationship in graph.RelationshipsOf(id, backward, query.Types))
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

        var paths = new List<GraphPath>();
        var nodes = new List<Entity> { from };
        var steps = new List<Relationship>();
        Enumerate(from.Id, 0);
        return paths;

        void Enumerate(string at, int depth)
        {
            if (depth == length)
            {
                paths.Add(new GraphPath(nodes.ToArray(), steps.ToArray()));
                return;
            }

            foreach (var relationship in graph.RelationshipsOf(at, forward, query.Types))
            {
                var next = relationship.OtherEnd(at);
                if (!marked.TryGetValue(next, out var position) || position != depth + 1)
                {
                    continue;
                }

                nodes.Add(graph.Find(next)!);
                steps.Add(relationship);
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
}
