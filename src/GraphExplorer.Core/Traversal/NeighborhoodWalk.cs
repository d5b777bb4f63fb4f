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

    public static Subgraph Run(IGraphView graph, NeighborhoodQuery query)
    {
        var root = graph.Find(query.Id) ?? throw GraphQueryException.NotFound(query.Id);
        var types = FetchedTypes(query);
        var nodes = new List<Entity> { root };
        var included = new HashSet<string>(StringComparer.Ordinal) { root.Id };
        var edges = new List<Relationship>();
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        var truncated = false;
        var frontier = new List<Entity> { root };

        for (var level = 1; level <= query.Depth && frontier.Count > 0; level++)
        {
            var next = new List<Entity>();
            foreach (var entity in frontier)
            {
                foreach (var relationship in graph.RelationshipsOf(entity.Id, query.Direction, types))
                {
                    if (!query.Allows(relationship.Type))
                    {
                        continue;
                    }

                    var otherId = relationship.OtherEnd(entity.Id);
                    if (!included.Contains(otherId))
                    {
                        var other = graph.Find(otherId)!;
                        if (!query.Allows(other.Kind))
                        {
                            continue;
                        }

                        if (nodes.Count >= query.Limit)
                        {
                            truncated = true;
                            continue;
                        }

                        included.Add(otherId);
                        nodes.Add(other);
                        next.Add(other);
                    }

                    if (edgeIds.Add(relationship.Id))
                    {
                        edges.Add(relationship);
                    }
                }
            }

            frontier = next;
        }

        foreach (var entity in nodes)
        {
            foreach (var relationship in graph.RelationshipsOf(entity.Id, Direction.Both, types))
            {
                if (query.Allows(relationship.Type) && included.Contains(relationship.OtherEnd(entity.Id)) && edgeIds.Add(relationship.Id))
                {
                    edges.Add(relationship);
                }
            }
        }

        return new Subgraph(nodes, edges, truncated);
    }

    private static IReadOnlySet<RelationshipType>? FetchedTypes(NeighborhoodQuery query) =>
        query.Types is { Count: > 0 } types && query.ExcludeTypes is { Count: > 0 } excluded
            ? types.Where(t => !excluded.Contains(t)).ToHashSet()
            : query.Types;
}
