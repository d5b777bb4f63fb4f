using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// Tier by tier along <c>SUPPLIES</c>: tier 1 holds the direct suppliers (upstream) or
/// customers (downstream); tier k those of tier k-1 not already in an earlier tier (its nearest
/// tier). Each tier lists every relationship that reaches its entities from the tier before or
/// from the same tier, so no route is dropped.
/// </summary>
public static class SupplyChainWalk
{
    private static readonly IReadOnlySet<RelationshipType> s_supplies = new HashSet<RelationshipType> { RelationshipType.Supplies };

    /// <summary>The <c>SUPPLIES</c> relationships of every entity within maxTiers tiers: the last tier's too, for the routes within it.</summary>
    public static ReachQuery Reach(SupplyChainQuery query) =>
        new([query.Id], [new ReachStep(DirectionOf(query), s_supplies)], query.MaxTiers, "maxTiers");

    public static SupplyChain Run(IGraphView graph, SupplyChainQuery query)
    {
        var root = graph.Find(query.Id) ?? throw GraphQueryException.NotFound(query.Id);
        var direction = DirectionOf(query);
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.Id };
        var tiers = new List<SupplyTier>();
        var truncated = false;
        var frontier = new List<Entity> { root };

        for (var tier = 1; tier <= query.MaxTiers && frontier.Count > 0; tier++)
        {
            var entities = new List<Entity>();
            var inThisTier = new HashSet<string>(StringComparer.Ordinal);
            var relationships = new List<Relationship>();
            foreach (var entity in frontier)
            {
                foreach (var relationship in graph.RelationshipsOf(entity.Id, direction, s_supplies))
                {
                    var otherId = relationship.OtherEnd(entity.Id);
                    if (!inThisTier.Contains(otherId))
                    {
                        if (seen.Contains(otherId))
                        {
                            continue;
                        }

                        if (seen.Count - 1 >= query.MaxEntities)
                        {
                            truncated = true;
                            continue;
                        }

                        seen.Add(otherId);
                        inThisTier.Add(otherId);
                        entities.Add(graph.Find(otherId)!);
                    }

                    relationships.Add(relationship);
                }
            }

            // Every route into this tier from within it too (a tier-1 supplier that supplies another), so none is dropped.
            var listed = relationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var entity in entities)
            {
                foreach (var relationship in graph.RelationshipsOf(entity.Id, direction, s_supplies))
                {
                    if (inThisTier.Contains(relationship.OtherEnd(entity.Id)) && listed.Add(relationship.Id))
                    {
                        relationships.Add(relationship);
                    }
                }
            }

            if (entities.Count > 0)
            {
                tiers.Add(new SupplyTier(tier, entities, relationships));
            }

            frontier = entities;
        }

        return new SupplyChain(root, query.Direction, tiers, truncated);
    }

    private static Direction DirectionOf(SupplyChainQuery query) =>
        query.Direction == SupplyDirection.Upstream ? Direction.In : Direction.Out;
}
