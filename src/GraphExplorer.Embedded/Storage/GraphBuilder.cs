using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Collects entities and relationships, then freezes them into an indexed
/// <see cref="GraphSnapshot"/>. Nothing is visible to readers until <see cref="Build"/>,
/// so a load that fails half-way leaves the store as it was. Relationship ends are resolved
/// to entity positions as they are added; duplicate relationship ids are found in
/// <see cref="Build"/>, from the id order that the adjacency needs anyway.
/// </summary>
public sealed class GraphBuilder
{
    private readonly List<Entity> _entities;
    private readonly Dictionary<string, int> _entityIndex;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _entityLookup;
    private readonly List<Relationship> _relationships;
    private readonly List<int> _from;
    private readonly List<int> _to;

    public GraphBuilder(int expectedEntities = 0, int expectedRelationships = 0)
    {
        _entities = new(expectedEntities);
        _entityIndex = new(expectedEntities, StringComparer.Ordinal);
        _entityLookup = _entityIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        _relationships = new(expectedRelationships);
        _from = new(expectedRelationships);
        _to = new(expectedRelationships);
    }

    public int EntityCount => _entities.Count;

    public int RelationshipCount => _relationships.Count;

    public void AddEntity(Entity entity)
    {
        if (!_entityIndex.TryAdd(entity.Id, _entities.Count))
        {
            throw new InvalidOperationException($"An entity with the id '{entity.Id}' was already added.");
        }

        _entities.Add(entity);
    }

    public void AddRelationship(Relationship relationship)
    {
        if (!_entityIndex.TryGetValue(relationship.FromId, out var from))
        {
            throw new InvalidOperationException(
                $"Relationship '{relationship.Id}' starts at '{relationship.FromId}', which is not an entity.");
        }

        if (!_entityIndex.TryGetValue(relationship.ToId, out var to))
        {
            throw new InvalidOperationException(
                $"Relationship '{relationship.Id}' ends at '{relationship.ToId}', which is not an entity.");
        }

        AddResolved(relationship, from, to);
    }

    /// <summary>The position of an added entity, looked up without making a string.</summary>
    internal bool TryGetEntityIndex(ReadOnlySpan<char> id, out int index) => _entityLookup.TryGetValue(id, out index);

    internal string EntityIdAt(int index) => _entities[index].Id;

    /// <summary>Adds a relationship whose ends the caller already resolved with <see cref="TryGetEntityIndex"/>.</summary>
    internal void AddResolved(Relationship relationship, int from, int to)
    {
        _relationships.Add(relationship);
        _from.Add(from);
        _to.Add(to);
    }

    /// <exception cref="InvalidOperationException">Two relationships share an id.</exception>
    public GraphSnapshot Build() =>
        GraphSnapshot.Create(_entities.ToArray(), _entityIndex, _relationships.ToArray(), _from.ToArray(), _to.ToArray());
}
