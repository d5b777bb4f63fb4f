using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;
using GraphExplorer.Neo4j.Protocol;
using GraphExplorer.Neo4j.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j;

/// <summary>
/// The store on Neo4j, answering exactly as the embedded store does. Each method is one read
/// query (one round-trip) from <c>Queries/</c>. Lookups and search are answered by Cypher; each
/// traversal fetches the bounded subgraph its walk can touch and runs the same Core algorithm
/// over it, so order and content match the embedded store by construction.
/// </summary>
public sealed class Neo4jGraphStore(
    INeo4jQueryClient client,
    IOptions<Neo4jOptions> options,
    IOptions<TraversalLimits> limits,
    ILogger<Neo4jGraphStore> logger) : IGraphStore
{
    private const string StoreName = "Neo4j";

    private readonly Neo4jOptions _options = options.Value;
    private readonly TraversalLimits _limits = limits.Value;

    /// <summary>The widest reach a configured traversal asks for; a walk's radius is checked against it before Cypher holds it.</summary>
    private int MaxRadius => new[] { _limits.MaxNeighborhoodDepth, _limits.MaxSupplyTiers, _limits.MaxOwnershipDepth, _limits.MaxExposureDepth + 1 }.Max();

    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Entity>();
        }

        var parameters = new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList() };
        return await ReadAsync(StoreQueries.GetEntities, StoreQueries.Text(StoreQueries.GetEntities), parameters, result =>
        {
            var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
            foreach (var record in result.Records)
            {
                var entity = GraphMapper.ToEntity(record.Get<Neo4jNode>("n"));
                found[entity.Id] = entity;
            }

            return (IReadOnlyDictionary<string, Entity>)found;
        }, cancellationToken);
    }

    public async Task<RelationshipsResult> GetRelationshipsAsync(
        IReadOnlyCollection<string> entityIds, RelationshipFilter filter, CancellationToken cancellationToken)
    {
        var first = TraversalLimits.Check("first", filter.First, 0, int.MaxValue);
        if (entityIds.Count == 0)
        {
            return new RelationshipsResult(
                new Dictionary<string, IReadOnlyList<Relationship>>(), new Dictionary<string, Entity>());
        }

        var parameters = new Dictionary<string, object?>
        {
            ["ids"] = entityIds.Distinct(StringComparer.Ordinal).ToList(),
            ["first"] = first,
            ["asOf"] = filter.AsOf,
            ["statuses"] = StoreQueries.StatusNames(filter.Statuses),
            ["bases"] = StoreQueries.BasisNames(filter.Bases),
        };
        var statement = StoreQueries.Render(
            StoreQueries.GetRelationships, StoreQueries.RelationshipMarkers(filter.Direction, filter.Types));
        return await ReadAsync(StoreQueries.GetRelationships, statement, parameters, result =>
            ToRelationshipsResult(result.Records.Select(r =>
                (r.Get<string>("id"), GraphMapper.List(r, "relationships"), GraphMapper.List(r, "ends")))), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RelationshipCount>>> CountRelationshipsAsync(
        IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        if (entityIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<RelationshipCount>>();
        }

        var parameters = new Dictionary<string, object?> { ["ids"] = entityIds.Distinct(StringComparer.Ordinal).ToList() };
        return await ReadAsync(StoreQueries.CountRelationships, StoreQueries.Text(StoreQueries.CountRelationships), parameters, result =>
            (IReadOnlyDictionary<string, IReadOnlyList<RelationshipCount>>)result.Records
                .GroupBy(r => r.Get<string>("id"), StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => RelationshipCounts.Ordered(g.SelectMany(r =>
                        // A type outside the model (added to the database by hand) is not counted, as nothing else shows it.
                        RelationshipTypes.TryParseCypher(r.Get<string>("type"), out var type)
                            ? [new RelationshipCount(type, r.Get<bool>("outgoing") ? Direction.Out : Direction.In, checked((int)r.Get<long>("count")))]
                            : Array.Empty<RelationshipCount>())),
                    StringComparer.Ordinal), cancellationToken);
    }

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var text = SearchRanking.Normalize(query.Text);
        var parameters = new Dictionary<string, object?>
        {
            ["text"] = text,
            ["kinds"] = query.Kinds is { Count: > 0 } kinds ? kinds.Order().Select(k => k.ToLabel()).ToList() : null,
            ["first"] = TraversalLimits.Check("first", query.First, 0, int.MaxValue),
        };
        var statement = WithRelationships(StoreQueries.Search, parameters, query.WithRelationships);
        return await ReadAsync(StoreQueries.Search, statement, parameters, result =>
        {
            var found = SearchRanking.Order(
                result.Records.Select(r =>
                {
                    var entity = GraphMapper.ToEntity(r.Get<Neo4jNode>("n"));
                    return (entity, SearchRanking.RankOf(entity, text) ?? (SearchRank)r.Get<long>("rank"));
                }),
                query.First);
            var relationships = query.WithRelationships is null ? null : ToRelationshipsResult(result.Records.Select(r =>
                (GraphMapper.ToEntity(r.Get<Neo4jNode>("n")).Id, GraphMapper.List(r, "relationships"), GraphMapper.List(r, "ends"))));
            return new SearchResult(found, relationships);
        }, cancellationToken);
    }

    public async Task<EntityPage> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken)
    {
        if (query.Criteria is { } criteria)
        {
            return await FindEntitiesAsync(query, criteria, cancellationToken);
        }

        var first = TraversalLimits.Check("first", query.First, 0, int.MaxValue - 1);
        var parameters = new Dictionary<string, object?>
        {
            ["kind"] = query.Kind?.ToLabel(),
            ["after"] = query.AfterId,
            ["limit"] = first + 1,
        };
        var statement = WithRelationships(StoreQueries.ListEntities, parameters, query.WithRelationships);
        return await ReadAsync(StoreQueries.ListEntities, statement, parameters, result =>
        {
            var record = result.Records.Single();
            var items = GraphMapper.List(record, "page").OfType<IReadOnlyDictionary<string, object?>>()
                .Select(item => (Entity: GraphMapper.ToEntity((Neo4jNode)item["node"]!), Item: item))
                .OrderBy(e => e.Entity.Id, StringComparer.Ordinal)
                .Take(first)
                .ToList();
            var relationships = query.WithRelationships is null ? null : ToRelationshipsResult(items.Select(i =>
                (i.Entity.Id, ListOf(i.Item, "relationships"), ListOf(i.Item, "ends"))));
            return new EntityPage(
                items.Select(i => i.Entity).ToList(), checked((int)record.Get<long>("total")), GraphMapper.List(record, "page").Count > first, relationships);
        }, cancellationToken);
    }

    private async Task<EntityPage> FindEntitiesAsync(EntityListQuery query, EntityCriteria criteria, CancellationToken cancellationToken)
    {
        var first = TraversalLimits.Check("first", query.First, 0, int.MaxValue - 1);
        var parameters = new Dictionary<string, object?>
        {
            ["kinds"] = criteria.Kinds is { Count: > 0 } kinds ? kinds.Order().Select(k => k.ToLabel()).ToList() : null,
            ["text"] = criteria.Text is { Length: > 0 } text ? text.ToLowerInvariant() : null,
            ["having"] = criteria.Having is not null,
            ["offset"] = TraversalLimits.Check("offset", criteria.Offset, 0, int.MaxValue),
            ["limit"] = first + 1,
        };
        var (havingIn, havingOut) = StoreQueries.Arrows(criteria.Having?.Direction ?? Direction.Both);
        var havingType = StoreQueries.Types(criteria.Having is { } having ? new HashSet<RelationshipType> { having.Type } : null);
        var (sortKey, sortDirection) = StoreQueries.Sort(criteria.Sort, criteria.Descending);
        var statement = WithRelationships(
            StoreQueries.FindEntities, parameters, query.WithRelationships,
            ("havingIn", havingIn), ("havingOut", havingOut), ("havingType", havingType), ("sortKey", sortKey), ("sortDirection", sortDirection));
        return await ReadAsync(StoreQueries.FindEntities, statement, parameters, result =>
        {
            var record = result.Records.Single();
            var all = GraphMapper.List(record, "page").OfType<IReadOnlyDictionary<string, object?>>()
                .Select(item => (Entity: GraphMapper.ToEntity((Neo4jNode)item["node"]!), Degree: item["degree"] is long d ? d : 0L, Item: item))
                .ToList();
            // Sorted again here to the order the embedded store gives, whatever order the rows came back in.
            IEnumerable<(Entity Entity, long Degree, IReadOnlyDictionary<string, object?> Item)> ordered = criteria.Sort switch
            {
                EntitySort.Name => all.OrderBy(e => EntitySorting.NameKey(e.Entity), StringComparer.Ordinal).ThenBy(e => e.Entity.Id, StringComparer.Ordinal),
                EntitySort.Degree => all.OrderBy(e => e.Degree).ThenBy(e => e.Entity.Id, StringComparer.Ordinal),
                _ => all.OrderBy(e => e.Entity.Id, StringComparer.Ordinal),
            };
            var items = (criteria.Descending ? ordered.Reverse() : ordered).Take(first).ToList();
            var relationships = query.WithRelationships is null ? null : ToRelationshipsResult(items.Select(i =>
                (i.Entity.Id, ListOf(i.Item, "relationships"), ListOf(i.Item, "ends"))));
            return new EntityPage(
                items.Select(i => i.Entity).ToList(), checked((int)record.Get<long>("total")), all.Count > first, relationships);
        }, cancellationToken);
    }

    public async Task<IGraphView> FetchReachAsync(ReachQuery query, CancellationToken cancellationToken)
    {
        var radius = StoreQueries.Bound(query.NarrowWith, query.Radius, 0, MaxRadius);
        var oneWay = query.Steps.Select(s => s.Direction).Distinct().Count() == 1;
        var types = query.Steps.Any(s => s.Types is null or { Count: 0 })
            ? null
            : query.Steps.SelectMany(s => s.Types!).ToHashSet();
        var (name, statement) = oneWay
            ? (StoreQueries.Reach, StoreQueries.Render(
                StoreQueries.Reach, [.. StoreQueries.RelationshipMarkers(query.Steps[0].Direction, types), ("radius", radius)]))
            : (StoreQueries.MixedReach, StoreQueries.Render(
                StoreQueries.MixedReach,
                ("types", StoreQueries.Types(types)),
                ("inward", StoreQueries.TypeNameList(TypesGoing(query, Direction.In))),
                ("outward", StoreQueries.TypeNameList(TypesGoing(query, Direction.Out))),
                ("radius", radius)));
        var parameters = new Dictionary<string, object?>
        {
            ["ids"] = query.StartIds.Distinct(StringComparer.Ordinal).ToList(),
            ["limit"] = _options.MaxFetchedRelationships + 1,
        };
        return await ReadAsync(name, statement, parameters, result => CappedView(result, query), cancellationToken);
    }

    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        var statement = StoreQueries.Render(
            StoreQueries.ShortestPaths,
            // Cypher needs an upper bound of at least 1; the walk below still keeps to the asked maxLength.
            ("maxLength", StoreQueries.Bound("maxLength", Math.Max(query.MaxLength, 1), 1, _limits.MaxPathLength)),
            ("out", StoreQueries.Arrows(query.Directed ? Direction.Out : Direction.Both).Out),
            ("types", StoreQueries.Types(query.Types)));
        var parameters = new Dictionary<string, object?>
        {
            ["from"] = query.FromId,
            ["to"] = query.ToId,
            ["asOf"] = query.AsOf,
            ["limit"] = _options.MaxFetchedPaths + 1,
        };
        var graph = await ReadAsync(StoreQueries.ShortestPaths, statement, parameters, result =>
        {
            var record = result.Records.Single();
            if (record.Get<long>("pathCount") > _options.MaxFetchedPaths)
            {
                throw new GraphQueryException(
                    ErrorCodes.LimitExceeded,
                    $"More than {_options.MaxFetchedPaths} shortest paths join '{query.FromId}' and '{query.ToId}', the most GraphExplorer " +
                    "fetches from Neo4j for one question (GraphExplorer:Neo4j:MaxFetchedPaths); ask with fewer relationship types.");
            }

            return ToView(record);
        }, cancellationToken);
        return ShortestPathSearch.Run(graph, query);
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await client.RunAsync(
                new Neo4jQuery(StoreQueries.Text(StoreQueries.Health)) { AccessMode = Neo4jAccessMode.Read }, cancellationToken);
            return result.Records.Count == 1
                ? new StoreHealth(true, StoreName, $"Neo4j at {_options.Uri} (database '{_options.Database}') answers reads")
                : new StoreHealth(false, StoreName, $"Neo4j at {_options.Uri} answered RETURN 1 with {result.Records.Count} rows");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Neo4j health check failed");
            return new StoreHealth(false, StoreName, e.Message);
        }
    }

    private FetchedGraph CappedView(Neo4jResult result, ReachQuery query)
    {
        if (result.Records.Count == 0)
        {
            return new FetchedGraph(new Dictionary<string, Entity>(), []);
        }

        var record = result.Records.Single();
        if (GraphMapper.List(record, "relationships").Count > _options.MaxFetchedRelationships)
        {
            var about = string.Join("', '", query.StartIds);
            throw new GraphQueryException(
                ErrorCodes.LimitExceeded,
                $"Answering this about '{about}' needs more than {_options.MaxFetchedRelationships} relationships, the most GraphExplorer " +
                $"fetches from Neo4j for one question (GraphExplorer:Neo4j:MaxFetchedRelationships); ask with a smaller {query.NarrowWith}.");
        }

        return ToView(record);
    }

    /// <summary>The types that the query's steps follow in <paramref name="direction"/> only.</summary>
    private static IReadOnlySet<RelationshipType> TypesGoing(ReachQuery query, Direction direction) =>
        query.Steps.Where(s => s.Direction == direction).SelectMany(s => s.Types ?? Enumerable.Empty<RelationshipType>()).ToHashSet();

    private static FetchedGraph ToView(Neo4jRecord record)
    {
        var (entities, relationships) = GraphMapper.ToGraph(GraphMapper.List(record, "ends"), GraphMapper.List(record, "relationships"));
        return new FetchedGraph(entities, relationships);
    }

    private async Task<T> ReadAsync<T>(
        string operation,
        string statement,
        IReadOnlyDictionary<string, object?> parameters,
        Func<Neo4jResult, T> map,
        CancellationToken cancellationToken)
    {
        Neo4jResult result;
        try
        {
            result = await client.RunAsync(
                new Neo4jQuery(statement, parameters) { AccessMode = Neo4jAccessMode.Read }, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e) when (e.IsTimeout)
        {
            logger.LogWarning(e, "Neo4j query {Operation} timed out", operation);
            throw new GraphQueryException(
                ErrorCodes.Timeout,
                $"The graph store (Neo4j) did not answer within {_options.QueryTimeout.TotalSeconds:0.###} s " +
                "(GraphExplorer:Neo4j:QueryTimeout); it was not asked again. Ask a narrower question (a smaller depth, " +
                "fewer relationship types) or try again later.",
                e);
        }
        catch (Neo4jException e) when (e.IsTransient)
        {
            var tries = _options.MaxRetries + 1;
            logger.LogWarning(e, "Neo4j query {Operation} failed after {Tries} tries", operation, tries);
            throw new GraphQueryException(
                ErrorCodes.StoreUnavailable,
                $"The graph store (Neo4j at {_options.Uri}) is unavailable: {e.Message} The read was tried {tries} " +
                $"time{(tries == 1 ? "" : "s")} with backoff (GraphExplorer:Neo4j:MaxRetries); try again later.",
                e);
        }
        catch (Neo4jException e)
        {
            logger.LogError(e, "Neo4j query {Operation} failed: {Code} {Message}", operation, e.Code, e.Message);
            throw Internal();
        }

        try
        {
            return map(result);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidCastException or KeyNotFoundException or InvalidOperationException or OverflowException)
        {
            logger.LogError(e, "Neo4j answered query {Operation} in a shape the store cannot read", operation);
            throw Internal();
        }
    }

    /// <summary>The statement and parameters of a query that can bring a list's relationships along.</summary>
    private static string WithRelationships(
        string name, Dictionary<string, object?> parameters, RelationshipFilter? filter, params (string Marker, QueryFragment Value)[] markers)
    {
        parameters["withRelationships"] = filter is not null;
        parameters["relationshipsFirst"] = filter is null ? 0 : TraversalLimits.Check("first", filter.First, 0, int.MaxValue);
        parameters["asOf"] = filter?.AsOf;
        parameters["statuses"] = StoreQueries.StatusNames(filter?.Statuses);
        parameters["bases"] = StoreQueries.BasisNames(filter?.Bases);
        return StoreQueries.Render(name, [.. StoreQueries.RelationshipMarkers(filter?.Direction ?? Direction.Both, filter?.Types), .. markers]);
    }

    /// <summary>Rows of (entity id, its relationships, the entities at their ends, the entity itself included).</summary>
    private static RelationshipsResult ToRelationshipsResult(
        IEnumerable<(string Id, IReadOnlyList<object?> Relationships, IReadOnlyList<object?> Ends)> rows)
    {
        var list = rows.ToList();
        var (entities, _) = GraphMapper.ToGraph(list.SelectMany(r => r.Ends), []);
        var idByElement = list.SelectMany(r => r.Ends).OfType<Neo4jNode>()
            .GroupBy(n => n.ElementId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Properties.GetValueOrDefault(PropertyNames.Id) as string, StringComparer.Ordinal);
        var byEntity = new Dictionary<string, IReadOnlyList<Relationship>>(StringComparer.Ordinal);
        foreach (var (id, relationships, _) in list)
        {
            byEntity[id] = relationships
                .OfType<Neo4jRelationship>()
                .Select(r => GraphMapper.ToRelationship(r, idByElement.GetValueOrDefault))
                .OrderBy(r => r.Id, StringComparer.Ordinal)
                .ToList();
        }

        return new RelationshipsResult(byEntity, entities);
    }

    private static IReadOnlyList<object?> ListOf(IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) as IReadOnlyList<object?> ?? [];

    private static GraphQueryException Internal() =>
        new(ErrorCodes.Internal, "The graph store failed to answer; the server log has the details.");
}
