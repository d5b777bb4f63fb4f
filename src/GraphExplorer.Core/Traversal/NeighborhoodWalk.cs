using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// Breadth-first from the start entity, level by level, each entity's relationships in id
/// order. A new entity joins while fewer than <c>Limit</c> are in; every relationship
/// traversed between two entities that are in is an edge. Entities come in discovery order.
/// </summary>
public static class NeighborhoodWalk
{
    /// <summary>The relationships of every entity within depth - 1 steps: the last level's entities and edges among them.</summary>
    public static ReachQuery Reach(NeighborhoodQuery query) =>
        new([query.Id], [new ReachStep(query.Direction, query.Types)], Math.Max(0, query.Depth - 1), "depth or fewer types");

    public static Subgraph Run(IGraphView graph, NeighborhoodQuery query)
    {
        var root = graph.Find(query.Id) ?? throw GraphQueryException.NotFound(query.Id);
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
                foreach (var relationship in graph.RelationshipsOf(entity.Id, query.Direction, query.Types))
                {
                    var otherId = relationship.OtherEnd(entity.Id);
                    if (!included.Contains(otherId))
                    {
                        if (nodes.Count >= query.Limit)
                        {
                            truncated = true;
                            continue;
                        }

                        var other = graph.Find(otherId)!;
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

        return new Subgraph(nodes, edges, truncated);
    }
}
