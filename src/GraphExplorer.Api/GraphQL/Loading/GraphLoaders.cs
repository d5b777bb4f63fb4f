using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphQL.DataLoader;

namespace GraphExplorer.Api.GraphQL.Loading;

/// <summary>
/// The batch loaders of one request: entities by id, and relationships per entity for each
/// distinct filter. Everything a store answer carries (nodes of a path, ends of relationships)
/// is primed into the entity cache, so drawing both ends of an edge costs no further call.
/// </summary>
public sealed class GraphLoaders(IGraphStore store)
{
    private readonly Dictionary<RelationshipFilterKey, BatchLoader<string, IReadOnlyList<Relationship>>> _relationshipLoaders = [];

    public BatchLoader<string, Entity> Entities { get; } = new(store.GetEntitiesAsync, StringComparer.Ordinal);

    /// <summary>Relationship counts by type and direction, for every entity of a level in one store call.</summary>
    public BatchLoader<string, IReadOnlyList<RelationshipCount>> RelationshipCounts { get; } =
        new(store.CountRelationshipsAsync, StringComparer.Ordinal);

    public IGraphStore Store { get; } = store;

    public IDataLoaderResult<Entity?> Entity(string id) => Entities.Load(id);

    public void Prime(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            Entities.Prime(entity.Id, entity);
        }
    }

    public IDataLoaderResult<IReadOnlyList<Relationship>?> Relationships(string entityId, RelationshipFilter filter) =>
        RelationshipLoader(filter).Load(entityId);

    /// <summary>The entities at the other end of the entity's relationships that pass the filter, ordered by id.</summary>
    public IDataLoaderResult<IReadOnlyList<Entity>> RelatedEntities(string entityId, RelationshipFilter filter) =>
        Relationships(entityId, filter).Then<IReadOnlyList<Relationship>?, IReadOnlyList<Entity>>(async (relationships, cancellationToken) =>
        {
            var related = new List<Entity>();
            foreach (var relationship in relationships ?? [])
            {
                if (await Entity(relationship.OtherEnd(entityId)).GetResultAsync(cancellationToken).ConfigureAwait(false) is { } entity)
                {
                    related.Add(entity);
                }
            }

            return related.DistinctBy(e => e.Id).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        });

    /// <summary>
    /// Fetches an entity together with its relationships in one store call, and keeps both for
    /// the fields below it; null when the entity does not exist.
    /// </summary>
    public async Task<Entity?> EntityWithRelationshipsAsync(string id, RelationshipFilter filter, CancellationToken cancellationToken)
    {
        var result = await Store.GetRelationshipsAsync([id], filter, cancellationToken).ConfigureAwait(false);
        Prime(filter, result);
        return result.Endpoints.GetValueOrDefault(id);
    }

    /// <summary>Keeps relationships that came with another answer (a search, a page) for the fields below it.</summary>
    public void Prime(RelationshipFilter? filter, RelationshipsResult? result)
    {
        if (filter is null || result is null)
        {
            return;
        }

        Prime(result.Endpoints.Values);
        var loader = RelationshipLoader(filter);
        foreach (var (id, relationships) in result.ByEntity)
        {
            loader.Prime(id, relationships);
        }
    }

    private BatchLoader<string, IReadOnlyList<Relationship>> RelationshipLoader(RelationshipFilter filter)
    {
        var key = new RelationshipFilterKey(
            filter.Direction, SetKey(filter.Types), filter.First, filter.AsOf, SetKey(filter.Statuses), SetKey(filter.Bases));
        // Root fields resolve in parallel and may come back from the store on different threads.
        lock (_relationshipLoaders)
        {
            if (!_relationshipLoaders.TryGetValue(key, out var loader))
            {
                loader = new BatchLoader<string, IReadOnlyList<Relationship>>(
                    async (ids, cancellationToken) =>
                    {
                        var result = await Store.GetRelationshipsAsync(ids, filter, cancellationToken).ConfigureAwait(false);
                        Prime(result.Endpoints.Values);
                        return result.ByEntity;
                    },
                    StringComparer.Ordinal);
                _relationshipLoaders.Add(key, loader);
            }

            return loader;
        }
    }

    // Sets compare by reference; the key compares their members, in order ("*" for no filter).
    private static string SetKey<T>(IReadOnlySet<T>? set) => set is { Count: > 0 } members ? string.Join(',', members.Order()) : "*";

    private readonly record struct RelationshipFilterKey(Direction Direction, string Types, int First, DateOnly? AsOf, string Statuses, string Bases);
}
