using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// What several entities have in common: the entities connected to every one of them (their shared suppliers, owners,
/// regulators, competitors) by relationships that pass the filter, read from each asked entity. An asked entity is never
/// its own common neighbor. Neighbors come in id order, the first <see cref="RelationshipFilter.First"/> of them.
/// </summary>
public static class CommonNeighborsWalk
{
    /// <summary>Most entities one question may ask about.</summary>
    public const int MaxIds = 10;

    /// <summary>The relationships of the asked entities themselves.</summary>
    public static ReachQuery Reach(IReadOnlyList<string> ids, RelationshipFilter filter) =>
        new(ids, [new ReachStep(filter.Direction, filter.Types)], 0, "list of ids or fewer types");

    public static CommonNeighbors Run(IGraphView graph, IReadOnlyList<string> ids, RelationshipFilter filter)
    {
        TraversalLimits.Check("ids", ids.Count, 2, MaxIds);
        var asked = ids.Distinct(StringComparer.Ordinal).Select(id => graph.Find(id) ?? throw GraphQueryException.NotFound(id)).ToList();
        var askedIds = asked.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        // Neighbor id -> the relationships that join it to the asked entities; kept only while it is joined to all of them.
        Dictionary<string, List<Relationship>>? common = null;
        foreach (var entity in asked)
        {
            var joined = new Dictionary<string, List<Relationship>>(StringComparer.Ordinal);
            foreach (var relationship in graph.RelationshipsOf(entity.Id, filter.Direction, filter.Types))
            {
                var other = relationship.OtherEnd(entity.Id);
                if (askedIds.Contains(other) || (common is not null && !common.ContainsKey(other)))
                {
                    continue;
                }

                if (!joined.TryGetValue(other, out var relationships))
                {
                    joined[other] = relationships = common?[other] is { } earlier ? [.. earlier] : [];
                }

                relationships.Add(relationship);
            }

            common = joined;
        }

        var neighbors = common!
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Take(filter.First)
            .Select(c => new CommonNeighbor(
                graph.Find(c.Key)!,
                c.Value.DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList()))
            .ToList();
        return new CommonNeighbors(asked, neighbors);
    }
}
