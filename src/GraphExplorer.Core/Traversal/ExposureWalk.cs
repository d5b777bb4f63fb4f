using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// Finds every regulation and regulator that reaches an entity. Breadth first from the entity
/// over what it owns, develops, manufactures, leases from, is supplied by and is located in
/// (up to <c>MaxDepth</c> such steps), each reached thing is checked for <c>RESTRICTS</c> and
/// <c>REGULATES</c>, and a restricting regulation's issuer counts too. Each regulation or
/// regulator appears once for each thing it restricts or regulates, with the first (shortest)
/// path to that thing, so a rule that reaches the entity both directly and through its chip
/// supply shows both.
/// </summary>
public static class ExposureWalk
{
    private static readonly (RelationshipType Type, Direction Direction, ExposureChannel Channel)[] s_reachSteps =
    [
        (RelationshipType.Owns, Direction.Out, ExposureChannel.Owned),
        (RelationshipType.Develops, Direction.Out, ExposureChannel.Developed),
        (RelationshipType.Supplies, Direction.In, ExposureChannel.Supplied),
        (RelationshipType.Manufactures, Direction.Out, ExposureChannel.Manufactured),
        (RelationshipType.LeasesFrom, Direction.Out, ExposureChannel.Leased),
        (RelationshipType.OperatesIn, Direction.Out, ExposureChannel.Location),
        (RelationshipType.LocatedIn, Direction.Out, ExposureChannel.Location),
        (RelationshipType.PartOf, Direction.Out, ExposureChannel.Location),
    ];

    private static readonly IReadOnlySet<RelationshipType> s_reachTypes = s_reachSteps.Select(s => s.Type).ToHashSet();

    private static readonly IReadOnlySet<RelationshipType> s_ruleTypes =
        new HashSet<RelationshipType> { RelationshipType.Restricts, RelationshipType.Regulates };

    private static readonly IReadOnlyList<ReachStep> s_fetchSteps =
    [
        .. s_reachSteps.GroupBy(s => s.Direction).Select(g => new ReachStep(g.Key, g.Select(s => s.Type).ToHashSet())),
        new ReachStep(Direction.In, new HashSet<RelationshipType> { RelationshipType.Restricts, RelationshipType.Regulates, RelationshipType.Issued }),
    ];

    private static readonly IReadOnlySet<RelationshipType> s_issued = new HashSet<RelationshipType> { RelationshipType.Issued };

    /// <summary>
    /// The reach steps of every entity within maxDepth + 1 steps, with the rules that point at them and the issuers of those
    /// rules as steps too: a reached thing is at most maxDepth reach steps away, a rule on it one step more, a rule's issuer
    /// (whose relationships need not be complete) at the end of that.
    /// </summary>
    public static ReachQuery Reach(ExposureQuery query) =>
        new([query.Id], s_fetchSteps, query.MaxDepth + 1, "maxDepth");

    public static IReadOnlyList<Exposure> Run(IGraphView graph, ExposureQuery query)
    {
        var entity = graph.Find(query.Id) ?? throw GraphQueryException.NotFound(query.Id);
        var exposures = new List<Exposure>();
        var exposedTo = new HashSet<(string By, string Through)>();
        var reached = new Dictionary<string, Reached>(StringComparer.Ordinal) { [entity.Id] = new Reached(ExposureChannel.Self, [entity], []) };
        var frontier = new List<string> { entity.Id };

        for (var depth = 0; frontier.Count > 0; depth++)
        {
            foreach (var id in frontier)
            {
                CollectRules(graph, reached[id], exposedTo, exposures);
            }

            if (depth == query.MaxDepth)
            {
                break;
            }

            var next = new List<string>();
            foreach (var id in frontier)
            {
                var reach = reached[id];
                foreach (var relationship in graph.RelationshipsOf(id, Direction.Both, s_reachTypes))
                {
                    var stepIndex = Array.FindIndex(s_reachSteps, s => s.Type == relationship.Type
                        && (s.Direction == Direction.Out ? relationship.FromId == id : relationship.ToId == id));
                    if (stepIndex < 0 || reached.ContainsKey(relationship.OtherEnd(id)))
                    {
                        continue;
                    }

                    if (reached.Count >= query.MaxReached)
                    {
                        throw new GraphQueryException(
                            ErrorCodes.LimitExceeded,
                            $"The exposure of '{entity.Id}' reaches more than {query.MaxReached} entities (the configured limit); ask with a smaller maxDepth.");
                    }

                    var other = graph.Find(relationship.OtherEnd(id))!;
                    var channel = reach.Channel == ExposureChannel.Self ? s_reachSteps[stepIndex].Channel : reach.Channel;
                    reached[other.Id] = new Reached(channel, [.. reach.Nodes, other], [.. reach.Relationships, relationship]);
                    next.Add(other.Id);
                }
            }

            frontier = next;
        }

        return exposures;
    }

    private static void CollectRules(IGraphView graph, Reached reach, HashSet<(string By, string Through)> exposedTo, List<Exposure> exposures)
    {
        var through = reach.Nodes[^1];
        foreach (var rule in graph.RelationshipsOf(through.Id, Direction.In, s_ruleTypes))
        {
            var by = graph.Find(rule.FromId)!;
            if (exposedTo.Add((by.Id, through.Id)))
            {
                exposures.Add(new Exposure(by, through, reach.Channel, new GraphPath([.. reach.Nodes, by], [.. reach.Relationships, rule])));
            }

            if (rule.Type != RelationshipType.Restricts)
            {
                continue;
            }

            foreach (var issued in graph.RelationshipsOf(by.Id, Direction.In, s_issued))
            {
                var issuer = graph.Find(issued.FromId)!;
                if (exposedTo.Add((issuer.Id, through.Id)))
                {
                    exposures.Add(new Exposure(
                        issuer, through, reach.Channel,
                        new GraphPath([.. reach.Nodes, by, issuer], [.. reach.Relationships, rule, issued])));
                }
            }
        }
    }

    private sealed record Reached(ExposureChannel Channel, IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Relationships);
}
