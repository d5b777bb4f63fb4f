using GraphExplorer.Core.Model;
using GraphExplorer.Core.Traversal;

namespace GraphExplorer.Core.Store;

/// <summary>
/// The one interface behind which the embedded store and the Neo4j store live: general building blocks (entities by
/// id, their relationships, search, listing, the part of the graph a walk can touch, shortest paths), not one method
/// per question. Traversals are walks in Core over <see cref="FetchReachAsync"/>, the same code for both stores. Every
/// method answers in a stable order; lookups take many ids at once so the API can batch nested fields into one call.
/// </summary>
public interface IGraphStore
{
    /// <summary>The entities with these ids; ids that are not in the graph are absent from the answer.</summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>The relationships of each entity, ordered by relationship id, at most <see cref="RelationshipFilter.First"/> each.</summary>
    Task<RelationshipsResult> GetRelationshipsAsync(
        IReadOnlyCollection<string> entityIds, RelationshipFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// How many relationships each entity has, by type and direction (out, then in, types in enum order); what a
    /// front end shows as "+N more" beside a node. Ids that are not in the graph are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<RelationshipCount>>> CountRelationshipsAsync(
        IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);

    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Entities ordered by id after the entity with id <see cref="EntityListQuery.AfterId"/>, or, with
    /// <see cref="EntityListQuery.Criteria"/>, those that match it in its order.
    /// </summary>
    Task<EntityPage> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The part of the graph a walk can touch (see <see cref="ReachQuery"/>), to walk with a Core traversal
    /// (<see cref="Traversal.GraphWalks"/>). Starts that are not in the graph are simply absent from it.
    /// </summary>
    /// <exception cref="GraphQueryException">with code <c>LIMIT_EXCEEDED</c> when the part is too large to fetch.</exception>
    Task<IGraphView> FetchReachAsync(ReachQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// All shortest paths between two entities: a fetch of its own, since a store may search them best itself
    /// (Neo4j's bidirectional shortest-path search).
    /// </summary>
    Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken);

    /// <summary>Whether the store can answer now; never throws.</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken);
}
