using System.Collections.Concurrent;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>Wraps a store and records every call, to prove that nested fields are batched.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"entities:{string.Join(",", ids.Order(StringComparer.Ordinal))}");
        return inner.GetEntitiesAsync(ids, cancellationToken);
    }

    public Task<RelationshipsResult> GetRelationshipsAsync(IReadOnlyCollection<string> entityIds, RelationshipFilter filter, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"relationships:{entityIds.Count}");
        return inner.GetRelationshipsAsync(entityIds, filter, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<RelationshipCount>>> CountRelationshipsAsync(
        IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        Record($"counts:{entityIds.Count}", inner.CountRelationshipsAsync(entityIds, cancellationToken));

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Record("search", inner.SearchAsync(query, cancellationToken));

    public Task<EntityPage> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken) =>
        Record("list", inner.ListEntitiesAsync(query, cancellationToken));

    public Task<IGraphView> FetchReachAsync(ReachQuery query, CancellationToken cancellationToken) =>
        Record("reach", inner.FetchReachAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        Record("paths", inner.FindShortestPathsAsync(query, cancellationToken));

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken) => inner.CheckHealthAsync(cancellationToken);

    private Task<T> Record<T>(string call, Task<T> result)
    {
        Calls.Enqueue(call);
        return result;
    }
}
