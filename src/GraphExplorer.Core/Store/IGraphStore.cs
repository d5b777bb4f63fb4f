using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>
/// The one interface behind which the embedded store and the Neo4j store live. Every method
/// answers in a stable order, so both stores give the same answer to the same question.
/// Lookups take many ids at once so the API can batch nested fields into one call.
/// </summary>
public interface IGraphStore
{
    /// <summary>The entities with these ids; ids that are not in the graph are absent from the answer.</summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>The relationships of each entity, ordered by relationship id, at most <see cref="RelationshipFilter.First"/> each.</summary>
    Task<RelationshipsResult> GetRelationshipsAsync(
        IReadOnlyCollection<string> entityIds, RelationshipFilter filter, CancellationToken cancellationToken);

    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Entities ordered by id, after the entity with id <see cref="EntityListQuery.AfterId"/>.</summary>
    Task<EntityPage> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken);

    /// <exception cref="GraphQueryException">with code <c>NOT_FOUND</c> when the start entity is unknown.</exception>
    Task<Subgraph> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken);

    Task<SupplyChain> GetSupplyChainAsync(SupplyChainQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<Ownership>> GetOwnersAsync(OwnersQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<Exposure>> GetExposureAsync(ExposureQuery query, CancellationToken cancellationToken);

    /// <summary>Whether the store can answer now; never throws.</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken);
}
