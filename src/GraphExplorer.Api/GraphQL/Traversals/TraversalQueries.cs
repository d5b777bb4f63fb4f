using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Api.GraphQL.Provenance;
using GraphExplorer.Api.GraphQL.Relationships;
using GraphExplorer.Api.GraphQL.Scalars;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

public static class TraversalQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SubgraphType>>("neighborhood")
            .Description("Everything within `depth` hops of an entity, at most `limit` entities, ready to draw: the edges are every relationship among the returned nodes that the type filters allow.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("depth", a => a.DefaultValue = 1)
            .Argument<DirectionEnum>("direction", a => a.DefaultValue = Direction.Both)
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeEnum>>>("types", a => a.Description = "Only these relationship types (all when absent).")
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeEnum>>>("excludeTypes", a => a.Description = "Never these relationship types, e.g. [MENTIONS].")
            .Argument<ListGraphType<NonNullGraphType<EntityKindEnum>>>("kinds", a => a.Description = "Only entities of these kinds join (the start always does).")
            .Argument<ListGraphType<NonNullGraphType<EntityKindEnum>>>("excludeKinds", a => a.Description = "Entities of these kinds never join, e.g. [DOCUMENT].")
            .Argument<IntGraphType>("limit", a => a.DefaultValue = 200)
            .Argument<CalendarDateGraphType>("asOf", a => a.Description = Arguments.AsOfDescription)
            .Argument<ListGraphType<NonNullGraphType<BasisEnum>>>("basis", a => a.Description = Arguments.BasisDescription)
            .ResolveAsync(async c =>
            {
                var limits = c.Limits();
                var query = new NeighborhoodQuery(
                    Arguments.Id(c, "id"),
                    TraversalLimits.Check("depth", c.GetArgument<int>("depth"), 1, limits.MaxNeighborhoodDepth),
                    c.GetArgument<Direction>("direction"),
                    Arguments.Types(c),
                    TraversalLimits.Check("limit", c.GetArgument<int>("limit"), 1, limits.MaxNeighborhoodLimit))
                {
                    AsOf = Arguments.AsOf(c),
                    Bases = Arguments.Bases(c),
                    ExcludeTypes = Arguments.Types(c, "excludeTypes"),
                    Kinds = Arguments.Kinds(c, "kinds"),
                    ExcludeKinds = Arguments.Kinds(c, "excludeKinds"),
                };
                var subgraph = await c.Loaders().Store.NeighborhoodAsync(query, c.CancellationToken).ConfigureAwait(false);
                c.Loaders().Prime(subgraph.Nodes);
                return subgraph;
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths")
            .Description("All shortest paths between two entities (the first `first` of them, in a stable order); empty when none is at most `maxLength` long.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxLength", a => a.DefaultValue = 6)
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeEnum>>>("types")
            .Argument<BooleanGraphType>("directed", a => a.DefaultValue = false)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .Argument<CalendarDateGraphType>("asOf", a => a.Description = Arguments.AsOfDescription)
            .ResolveAsync(async c =>
            {
                var limits = c.Limits();
                var query = new PathQuery(
                    Arguments.Id(c, "from"),
                    Arguments.Id(c, "to"),
                    TraversalLimits.Check("maxLength", c.GetArgument<int>("maxLength"), 1, limits.MaxPathLength),
                    Arguments.Types(c),
                    c.GetArgument<bool>("directed"),
                    TraversalLimits.Check("first", c.GetArgument<int>("first"), 1, limits.MaxPaths))
                { AsOf = Arguments.AsOf(c) };
                var paths = await c.Loaders().Store.FindShortestPathsAsync(query, c.CancellationToken).ConfigureAwait(false);
                c.Loaders().Prime(paths.SelectMany(p => p.Nodes));
                return paths;
            });

        query.Field<NonNullGraphType<SupplyChainType>>("supplyChain")
            .Description("Suppliers (UPSTREAM) or customers (DOWNSTREAM) of an entity, tier by tier, along SUPPLIES.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<SupplyDirectionEnum>("direction", a => a.DefaultValue = SupplyDirection.Upstream)
            .Argument<IntGraphType>("maxTiers", a => a.DefaultValue = 3)
            .Argument<CalendarDateGraphType>("asOf", a => a.Description = Arguments.AsOfDescription)
            .Argument<ListGraphType<NonNullGraphType<BasisEnum>>>("basis", a => a.Description = Arguments.BasisDescription)
            .ResolveAsync(async c =>
            {
                var limits = c.Limits();
                var query = new SupplyChainQuery(
                    Arguments.Id(c, "id"),
                    c.GetArgument<SupplyDirection>("direction"),
                    TraversalLimits.Check("maxTiers", c.GetArgument<int>("maxTiers"), 1, limits.MaxSupplyTiers),
                    limits.MaxSupplyChainEntities)
                { AsOf = Arguments.AsOf(c), Bases = Arguments.Bases(c) };
                var chain = await c.Loaders().Store.SupplyChainAsync(query, c.CancellationToken).ConfigureAwait(false);
                c.Loaders().Prime(chain.Tiers.SelectMany(t => t.Entities).Append(chain.Root));
                return chain;
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OwnershipType>>>>("owners")
            .Description("Direct and ultimate owners of an entity, each with its chain and effective percentage where known.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("maxDepth", a => a.DefaultValue = 5)
            .Argument<CalendarDateGraphType>("asOf", a => a.Description = Arguments.AsOfDescription)
            .Argument<ListGraphType<NonNullGraphType<BasisEnum>>>("basis", a => a.Description = Arguments.BasisDescription)
            .ResolveAsync(async c =>
            {
                var limits = c.Limits();
                var query = new OwnersQuery(
                    Arguments.Id(c, "id"),
                    TraversalLimits.Check("maxDepth", c.GetArgument<int>("maxDepth"), 1, limits.MaxOwnershipDepth),
                    limits.MaxOwnershipChains)
                { AsOf = Arguments.AsOf(c), Bases = Arguments.Bases(c) };
                var owners = await c.Loaders().Store.OwnersAsync(query, c.CancellationToken).ConfigureAwait(false);
                c.Loaders().Prime(owners.SelectMany(o => o.Chain.Nodes));
                return owners;
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExposureType>>>>("exposure")
            .Description("Every regulation or regulator that reaches the entity through itself, what it owns, develops, manufactures or leases, who supplies it and what they supply, or where it is; each with the path that explains it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("maxDepth", a => a.DefaultValue = 4)
            .Argument<ListGraphType<NonNullGraphType<ExposureChannelEnum>>>("channels", a => a.Description = "Only exposures through these channels (all when absent).")
            .Argument<CalendarDateGraphType>("asOf", a => a.Description = Arguments.AsOfDescription)
            .Argument<ListGraphType<NonNullGraphType<BasisEnum>>>("basis", a => a.Description = Arguments.BasisDescription)
            .ResolveAsync(async c => await ExposuresAsync(c).ConfigureAwait(false));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegulationExposureType>>>>("regulatoryExposure")
            .Description("The same exposures grouped by regulation or regulator, in id order: for each, every way it reaches the entity.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("maxDepth", a => a.DefaultValue = 4)
            .Argument<ListGraphType<NonNullGraphType<ExposureChannelEnum>>>("channels", a => a.Description = "Only exposures through these channels (all when absent).")
            .Argument<CalendarDateGraphType>("asOf", a => a.Description = Arguments.AsOfDescription)
            .Argument<ListGraphType<NonNullGraphType<BasisEnum>>>("basis", a => a.Description = Arguments.BasisDescription)
            .ResolveAsync(async c => RegulationExposure.Group(await ExposuresAsync(c).ConfigureAwait(false)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommonNeighborType>>>>("commonNeighbors")
            .Description("What the given entities have in common: the entities connected to every one of them (shared suppliers, owners, regulators, competitors), in id order, each with the relationships that connect it to them. `direction` is read from the given entities.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", a => a.Description = $"Two to {CommonNeighborsWalk.MaxIds} entity ids.")
            .Argument<DirectionEnum>("direction", a => a.DefaultValue = Direction.Both)
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeEnum>>>("types")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<CalendarDateGraphType>("asOf", a => a.Description = Arguments.AsOfDescription)
            .Argument<ListGraphType<NonNullGraphType<BasisEnum>>>("basis", a => a.Description = Arguments.BasisDescription)
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                TraversalLimits.Check("ids", ids.Count, 2, CommonNeighborsWalk.MaxIds);
                var filter = new RelationshipFilter(
                    c.GetArgument<Direction>("direction"),
                    Arguments.Types(c),
                    TraversalLimits.Check("first", c.GetArgument<int>("first"), 1, c.Limits().MaxPageSize));
                var common = await c.Loaders().Store.WalkAsync(
                    CommonNeighborsWalk.Reach(ids, filter), graph => CommonNeighborsWalk.Run(graph, ids, filter), c.CancellationToken, Arguments.AsOf(c), Arguments.Bases(c))
                    .ConfigureAwait(false);
                c.Loaders().Prime(common.Of.Concat(common.Neighbors.Select(n => n.Neighbor)));
                return common.Neighbors;
            });
    }

    private static async Task<IReadOnlyList<Exposure>> ExposuresAsync(IResolveFieldContext c)
    {
        var limits = c.Limits();
        var channels = c.GetArgument<List<ExposureChannel>?>("channels") is { Count: > 0 } wanted ? wanted.ToHashSet() : null;
        var query = new ExposureQuery(
            Arguments.Id(c, "id"),
            TraversalLimits.Check("maxDepth", c.GetArgument<int>("maxDepth"), 0, limits.MaxExposureDepth),
            limits.MaxExposureReached)
        { AsOf = Arguments.AsOf(c), Bases = Arguments.Bases(c) };
        var exposures = await c.Loaders().Store.ExposureAsync(query, c.CancellationToken).ConfigureAwait(false);
        var selected = channels is null ? exposures : exposures.Where(e => channels.Contains(e.Channel)).ToList();
        c.Loaders().Prime(selected.SelectMany(e => e.Path.Nodes.Append(e.Through).Append(e.By)));
        return selected;
    }
}
