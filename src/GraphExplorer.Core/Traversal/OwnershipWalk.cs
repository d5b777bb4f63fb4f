using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// Follows <c>OWNS</c> backwards from an entity along simple chains, breadth first. Each chain
/// gives one <see cref="Ownership"/>, its path running from the owner down to the entity.
/// </summary>
public static class OwnershipWalk
{
    private static readonly IReadOnlySet<RelationshipType> s_owns = new HashSet<RelationshipType> { RelationshipType.Owns };

    /// <summary>The incoming <c>OWNS</c> of every entity within maxDepth steps: the last tells whether an owner is itself owned.</summary>
    public static ReachQuery Reach(OwnersQuery query) =>
        new([query.Id], [new ReachStep(Direction.In, s_owns)], query.MaxDepth, "maxDepth");

    public static IReadOnlyList<Ownership> Run(IGraphView graph, OwnersQuery query)
    {
        var asset = graph.Find(query.Id) ?? throw GraphQueryException.NotFound(query.Id);
        var ownerships = new List<Ownership>();
        // Each chain is held from the asset upwards; it is reversed when reported.
        var chains = new Queue<(List<Entity> Nodes, List<Relationship> Relationships)>();
        chains.Enqueue(([asset], []));

        while (chains.Count > 0)
        {
            var (nodes, relationships) = chains.Dequeue();
            if (relationships.Count == query.MaxDepth)
            {
                continue;
            }

            var top = nodes[^1];
            foreach (var relationship in graph.RelationshipsOf(top.Id, Direction.In, s_owns))
            {
                if (nodes.Exists(n => n.Id == relationship.FromId))
                {
                    continue;
                }

                var owner = graph.Find(relationship.FromId)!;
                List<Entity> longerNodes = [.. nodes, owner];
                List<Relationship> longerRelationships = [.. relationships, relationship];
                if (ownerships.Count >= query.MaxChains)
                {
                    throw new GraphQueryException(
                        ErrorCodes.LimitExceeded,
                        $"'{asset.Id}' has more than {query.MaxChains} ownership chains (the configured limit); ask with a smaller maxDepth.");
                }

                ownerships.Add(new Ownership(
                    owner,
                    longerRelationships.Count,
                    IsDirect: longerRelationships.Count == 1,
                    IsUltimate: !graph.RelationshipsOf(owner.Id, Direction.In, s_owns).Any(),
                    EffectivePercentage(longerRelationships),
                    new GraphPath(longerNodes.AsEnumerable().Reverse().ToArray(), longerRelationships.AsEnumerable().Reverse().ToArray())));
                chains.Enqueue((longerNodes, longerRelationships));
            }
        }

        return ownerships;
    }

    private static double? EffectivePercentage(List<Relationship> chain)
    {
        var share = 1.0;
        foreach (var relationship in chain)
        {
            var percentage = relationship.Properties.GetValueOrDefault(PropertyNames.Percentage) switch
            {
                double d => d,
                long l => l,
                int i => i,
                _ => (double?)null,
            };
            if (percentage is null)
            {
                return null;
            }

            share *= percentage.Value / 100.0;
        }

        return Math.Round(share * 100.0, 6);
    }
}
