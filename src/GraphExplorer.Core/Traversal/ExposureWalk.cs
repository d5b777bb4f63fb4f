using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// Finds every regulation and regulator that reaches an entity. Breadth first from the entity over what it owns,
/// develops, manufactures, leases from, is supplied by and is located in (up to <c>MaxDepth</c> such steps); a supply
/// also reaches the items it delivers (<c>items</c>: the chips, whoever makes them). Each reached thing is checked for
/// <c>RESTRICTS</c> and <c>REGULATES</c>, and a restricting regulation's issuer counts too. Each regulation or
/// regulator appears once for each thing it restricts or regulates, with the first (shortest) path to that thing,
/// so a rule that reaches the entity both directly and through its chip supply shows both; every other path up to
/// the depth is there on request (<see cref="Exposure.Explain"/>).
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

    private static readonly ReachStep s_ruleStep =
        new(Direction.In, new HashSet<RelationshipType> { RelationshipType.Restricts, RelationshipType.Regulates, RelationshipType.Issued });

    private static readonly IReadOnlyList<ReachStep> s_fetchSteps =
    [
        .. s_reachSteps.GroupBy(s => s.Direction).Select(g => new ReachStep(g.Key, g.Select(s => s.Type).ToHashSet())),
        s_ruleStep,
    ];

    private static readonly IReadOnlySet<RelationshipType> s_supplies = new HashSet<RelationshipType> { RelationshipType.Supplies };

    private static readonly IReadOnlySet<RelationshipType> s_issued = new HashSet<RelationshipType> { RelationshipType.Issued };

    /// <summary>
    /// The reach steps of every entity within maxDepth + 1 steps, with the rules that point at them and the issuers of those
    /// rules as steps too: a reached thing is at most maxDepth reach steps away, a rule on it one step more, a rule's issuer
    /// (whose relationships need not be complete) at the end of that.
    /// </summary>
    public static ReachQuery Reach(ExposureQuery query) =>
        new([query.Id], s_fetchSteps, query.MaxDepth + 1, "maxDepth");

    /// <summary>
    /// The items of every supply the walk follows (the ids in their <c>items</c>), which need not lie within
    /// <see cref="Reach"/>: a store that fetches parts of the graph fetches <see cref="ItemReach"/> of them too.
    /// </summary>
    public static IReadOnlyList<string> SuppliedItems(IGraphView graph, ExposureQuery query) =>
        Explore(graph, query).Values
            .Where(r => r.Supply is null && r.Relationships.Count < query.MaxDepth)
            .SelectMany(r => graph.RelationshipsOf(r.Through.Id, Direction.In, s_supplies))
            .SelectMany(ItemIds)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>What a walk needs of the supplied items: the rules on them and the issuers of those rules.</summary>
    public static ReachQuery ItemReach(IReadOnlyList<string> itemIds) => new(itemIds, [s_ruleStep], 2, "maxDepth");

    public static IReadOnlyList<Exposure> Run(IGraphView graph, ExposureQuery query)
    {
        var exposures = new List<Exposure>();
        var exposedTo = new HashSet<(string By, string Through)>();
        foreach (var reach in Explore(graph, query).Values)
        {
            // A regulator can reach one thing both directly and as the issuer of a rule on it: keep the shorter.
            var shortest = Rules(graph, reach).GroupBy(r => r.By.Id, StringComparer.Ordinal).Select(g => g.MinBy(r => r.Path.Length));
            foreach (var (by, rule, path) in shortest)
            {
                if (exposedTo.Add((by.Id, reach.Through.Id)))
                {
                    var through = reach.Through;
                    exposures.Add(new Exposure(by, through, reach.Channel, path)
                    {
                        Rule = rule,
                        Supply = reach.Supply,
                        Explain = first => Explanations(graph, query, through, by, first),
                    });
                }
            }
        }

        return exposures;
    }

    /// <summary>Every reached thing, in the order the breadth-first walk reached it, with its first (shortest) path.</summary>
    private static Dictionary<string, Reached> Explore(IGraphView graph, ExposureQuery query)
    {
        var entity = graph.Find(query.Id) ?? throw GraphQueryException.NotFound(query.Id);
        var reached = new Dictionary<string, Reached>(StringComparer.Ordinal)
        {
            [entity.Id] = new Reached(ExposureChannel.Self, entity, [entity], [], null),
        };
        var frontier = new List<string> { entity.Id };
        for (var depth = 0; depth < query.MaxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                var reach = reached[id];
                foreach (var (relationship, step, other) in Steps(graph, id))
                {
                    var channel = reach.Channel == ExposureChannel.Self ? step : reach.Channel;
                    IReadOnlyList<Entity> nodes = [.. reach.Nodes, other];
                    IReadOnlyList<Relationship> path = [.. reach.Relationships, relationship];
                    foreach (var item in Items(graph, relationship))
                    {
                        if (!reached.ContainsKey(item.Id))
                        {
                            Keep(reached, query, new Reached(channel, item, nodes, path, relationship));
                        }
                    }

                    if (!reached.ContainsKey(other.Id))
                    {
                        Keep(reached, query, new Reached(channel, other, nodes, path, null));
                        next.Add(other.Id);
                    }
                }
            }

            frontier = next;
        }

        return reached;
    }

    private static void Keep(Dictionary<string, Reached> reached, ExposureQuery query, Reached reach)
    {
        if (reached.Count >= query.MaxReached)
        {
            throw new GraphQueryException(
                ErrorCodes.LimitExceeded,
                $"The exposure of '{query.Id}' reaches more than {query.MaxReached} entities (the configured limit); ask with a smaller maxDepth.");
        }

        reached[reach.Through.Id] = reach;
    }

    /// <summary>The reach steps out of an entity: the relationship, the channel its step opens, and the entity it leads to.</summary>
    private static IEnumerable<(Relationship Relationship, ExposureChannel Channel, Entity Other)> Steps(IGraphView graph, string id)
    {
        foreach (var relationship in graph.RelationshipsOf(id, Direction.Both, s_reachTypes))
        {
            var stepIndex = Array.FindIndex(s_reachSteps, s => s.Type == relationship.Type
                && (s.Direction == Direction.Out ? relationship.FromId == id : relationship.ToId == id));
            if (stepIndex >= 0 && graph.Find(relationship.OtherEnd(id)) is { } other)
            {
                yield return (relationship, s_reachSteps[stepIndex].Channel, other);
            }
        }
    }

    private static IEnumerable<string> ItemIds(Relationship relationship) =>
        relationship.Type == RelationshipType.Supplies && relationship.Properties.GetValueOrDefault("items") is IEnumerable<object?> items
            ? items.OfType<string>()
            : [];

    private static IEnumerable<Entity> Items(IGraphView graph, Relationship relationship) =>
        ItemIds(relationship).Select(graph.Find).OfType<Entity>();

    /// <summary>The rules on what a reach got to, each with who exposes, the rule, and the path that explains it.</summary>
    private static IEnumerable<(Entity By, Relationship Rule, GraphPath Path)> Rules(IGraphView graph, Reached reach)
    {
        foreach (var rule in graph.RelationshipsOf(reach.Through.Id, Direction.In, s_ruleTypes))
        {
            if (graph.Find(rule.FromId) is not { } by)
            {
                continue;
            }

            // A supplied item is not on the path (it hangs off the supply), so neither is the rule on it.
            var itemReach = reach.Supply is not null;
            yield return (by, rule, itemReach
                ? new GraphPath(reach.Nodes, reach.Relationships)
                : new GraphPath([.. reach.Nodes, by], [.. reach.Relationships, rule]));
            if (rule.Type != RelationshipType.Restricts)
            {
                continue;
            }

            foreach (var issued in graph.RelationshipsOf(by.Id, Direction.In, s_issued))
            {
                if (graph.Find(issued.FromId) is { } issuer)
                {
                    yield return (issuer, rule, itemReach
                        ? new GraphPath(reach.Nodes, reach.Relationships)
                        : new GraphPath([.. reach.Nodes, by, issuer], [.. reach.Relationships, rule, issued]));
                }
            }
        }
    }

    /// <summary>
    /// Every simple path of at most maxDepth reach steps from the entity to <paramref name="through"/> (directly or as a
    /// supplied item) whose rule leads to <paramref name="by"/>; shortest first, then by relationship ids.
    /// </summary>
    private static IReadOnlyList<GraphPath> Explanations(IGraphView graph, ExposureQuery query, Entity through, Entity by, int first)
    {
        var found = new List<GraphPath>();
        var budget = query.MaxReached * 10;
        var start = graph.Find(query.Id)!;
        var onPath = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        Walk(new Reached(ExposureChannel.Self, start, [start], [], null));
        return found
            .OrderBy(p => p.Length)
            .ThenBy(p => string.Join(' ', p.Relationships.Select(r => r.Id)), StringComparer.Ordinal)
            .DistinctBy(p => string.Join(' ', p.Relationships.Select(r => r.Id)))
            .Take(first)
            .ToList();

        void Walk(Reached reach)
        {
            if (--budget < 0)
            {
                throw new GraphQueryException(
                    ErrorCodes.LimitExceeded,
                    $"The paths that explain the exposure of '{query.Id}' are too many to list (the configured limit); ask with a smaller maxDepth.");
            }

            if (reach.Through.Id == through.Id)
            {
                found.AddRange(Rules(graph, reach).Where(r => r.By.Id == by.Id).Select(r => r.Path));
            }

            if (reach.Supply is not null || reach.Relationships.Count == query.MaxDepth)
            {
                return;
            }

            foreach (var (relationship, step, other) in Steps(graph, reach.Through.Id))
            {
                var channel = reach.Channel == ExposureChannel.Self ? step : reach.Channel;
                IReadOnlyList<Entity> nodes = [.. reach.Nodes, other];
                IReadOnlyList<Relationship> path = [.. reach.Relationships, relationship];
                foreach (var item in Items(graph, relationship).Where(i => i.Id == through.Id && !onPath.Contains(i.Id)))
                {
                    Walk(new Reached(channel, item, nodes, path, relationship));
                }

                if (onPath.Add(other.Id))
                {
                    Walk(new Reached(channel, other, nodes, path, null));
                    onPath.Remove(other.Id);
                }
            }
        }
    }

    /// <summary>
    /// A thing the walk got to, and how: <see cref="Nodes"/> and <see cref="Relationships"/> lead from the entity to it, or,
    /// for a supplied item, to the supplier, <see cref="Supply"/> being the supply that delivers it.
    /// </summary>
    private sealed record Reached(
        ExposureChannel Channel, Entity Through, IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Relationships, Relationship? Supply);
}
