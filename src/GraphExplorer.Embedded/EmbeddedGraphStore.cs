using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;
using GraphExplorer.Embedded.Storage;

namespace GraphExplorer.Embedded;

/// <summary>
/// The in-memory store. It answers from an immutable <see cref="GraphSnapshot"/>; a new load
/// replaces the snapshot in one step, so readers never see a half-loaded graph.
/// </summary>
public sealed class EmbeddedGraphStore(GraphSnapshot snapshot) : IGraphStore
{
    private volatile GraphSnapshot _snapshot = snapshot;

    public EmbeddedGraphStore()
        : this(GraphSnapshot.Empty)
    {
    }

    public GraphSnapshot Snapshot => _snapshot;

    public void Replace(GraphSnapshot snapshot) => _snapshot = snapshot;

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var graph = _snapshot;
        var found = new Dictionary<string, Entity>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (graph.Find(id) is { } entity)
            {
                found[id] = entity;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, Entity>>(found);
    }

    public Task<RelationshipsResult> GetRelationshipsAsync(
        IReadOnlyCollection<string> entityIds, RelationshipFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult(RelationshipsOf(_snapshot, entityIds, filter));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<RelationshipCount>>> CountRelationshipsAsync(
        IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        var graph = _snapshot;
        var counts = new Dictionary<string, IReadOnlyList<RelationshipCount>>(StringComparer.Ordinal);
        foreach (var id in entityIds)
        {
            if (graph.TryGetIndex(id, out var index))
            {
                counts[id] = RelationshipCounts.Of(
                    graph.RelationshipsOf(index, Direction.Out, null).Where(r => !r.IsRetracted),
                    graph.RelationshipsOf(index, Direction.In, null).Where(r => !r.IsRetracted));
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<RelationshipCount>>>(counts);
    }

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var graph = _snapshot;
        var text = SearchRanking.Normalize(query.Text);
        var matches = graph.Names.Match(text)
            .Select(m => (Entity: graph.EntityAt(m.Key), Rank: m.Value))
            .Where(m => query.Kinds is null || query.Kinds.Count == 0 || query.Kinds.Contains(m.Entity.Kind));
        var found = SearchRanking.Order(matches, query.First);
        return Task.FromResult(new SearchResult(found, RelationshipsOf(graph, found, query.WithRelationships)));
    }

    public Task<EntityPage> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken)
    {
        var graph = _snapshot;
        if (query.Criteria is { } criteria)
        {
            return Task.FromResult(Find(graph, criteria, query));
        }

        var sorted = graph.Order.Sorted(query.Kind);
        var start = query.AfterId is null ? 0 : graph.Order.StartAfter(sorted, query.AfterId);
        var end = Math.Min(sorted.Length, start + query.First);
        var page = new List<Entity>(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            page.Add(graph.EntityAt(sorted[i]));
        }

        return Task.FromResult(new EntityPage(page, sorted.Length, end < sorted.Length, RelationshipsOf(graph, page, query.WithRelationships)));
    }

    /// <summary>The whole snapshot, seen through its indexes: nothing is copied, and a walk touches only what it needs.</summary>
    public Task<IGraphView> FetchReachAsync(ReachQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IGraphView>(new SnapshotView(_snapshot));

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        var graph = _snapshot;
        var from = graph.TryGetIndex(query.FromId, out var fromIndex) ? fromIndex : throw GraphQueryException.NotFound(query.FromId);
        var to = graph.TryGetIndex(query.ToId, out var toIndex) ? toIndex : throw GraphQueryException.NotFound(query.ToId);
        return Task.FromResult(ShortestPathSearch.Run<SnapshotPathGraph, int, int>(new SnapshotPathGraph(graph, query.Types, query.AsOf), from, to, query));
    }

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var graph = _snapshot;
        return Task.FromResult(new StoreHealth(
            true, "Embedded", $"{graph.EntityCount} entities and {graph.RelationshipCount} relationships in memory"));
    }

    private static EntityPage Find(GraphSnapshot graph, EntityCriteria criteria, EntityListQuery query)
    {
        var named = criteria.Text is { Length: > 0 } text ? graph.Names.Match(SearchRanking.Normalize(text)) : null;
        var having = criteria.Having is { } presence ? new HashSet<RelationshipType> { presence.Type } : null;
        var matches = new List<int>();
        foreach (var index in Ordered(graph, criteria.Sort))
        {
            var entity = graph.EntityAt(index);
            if ((criteria.Kinds is not { Count: > 0 } kinds || kinds.Contains(entity.Kind))
                && (named is null || named.ContainsKey(index))
                && (having is null || graph.RelationshipsOf(index, criteria.Having!.Direction, having).Any(r => !r.IsRetracted)))
            {
                matches.Add(index);
            }
        }

        if (criteria.Descending)
        {
            matches.Reverse();
        }

        var page = matches.Skip(criteria.Offset).Take(query.First).Select(graph.EntityAt).ToList();
        return new EntityPage(page, matches.Count, criteria.Offset + page.Count < matches.Count, RelationshipsOf(graph, page, query.WithRelationships));
    }

    private static ReadOnlySpan<int> Ordered(GraphSnapshot graph, EntitySort sort) => sort switch
    {
        EntitySort.Id => graph.Order.Sorted(null),
        EntitySort.Name => graph.Order.ByName,
        EntitySort.Degree => graph.ByDegree,
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
    };

    private static RelationshipsResult? RelationshipsOf(GraphSnapshot graph, IReadOnlyList<Entity> entities, RelationshipFilter? filter) =>
        filter is null ? null : RelationshipsOf(graph, entities.Select(e => e.Id).ToList(), filter);

    private static RelationshipsResult RelationshipsOf(GraphSnapshot graph, IReadOnlyCollection<string> entityIds, RelationshipFilter filter)
    {
        var byEntity = new Dictionary<string, IReadOnlyList<Relationship>>(StringComparer.Ordinal);
        var endpoints = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var id in entityIds.Distinct(StringComparer.Ordinal))
        {
            if (!graph.TryGetIndex(id, out var index))
            {
                continue;
            }

            var relationships = new List<Relationship>();
            endpoints.TryAdd(id, graph.EntityAt(index));
            foreach (var position in graph.OrderedPositions(index, filter.Direction, filter.Types))
            {
                if (relationships.Count == filter.First)
                {
                    break;
                }

                var relationship = graph.RelationshipAt(position);
                if (filter.Admits(relationship))
                {
                    relationships.Add(relationship);
                    // The far end by position: no id to look up.
                    var other = graph.EntityAt(graph.OtherEnd(position, index));
                    endpoints.TryAdd(other.Id, other);
                }
            }

            byEntity[id] = relationships;
        }

        return new RelationshipsResult(byEntity, endpoints);
    }
}
