using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Collects entities and relationships, then freezes them into an indexed <see cref="GraphSnapshot"/>. Nothing is
/// visible to readers until <see cref="Build"/>, so a load that fails half-way leaves the store as it was. Relationship
/// ends are resolved to entity positions as they are added; repeated relationship ids are found in <see cref="Build"/>.
/// </summary>
public sealed class GraphBuilder
{
    private readonly List<Entity> _entities;
    private readonly Utf8Ids _entityIds;
    private readonly IdIndex _entityIndex;
    private readonly List<RelationshipColumns> _parts = [];
    private RelationshipColumns? _added;

    public GraphBuilder(int expectedEntities = 0, int expectedRelationships = 0)
    {
        _entities = new(expectedEntities);
        _entityIds = new Utf8Ids(expectedEntities, expectedEntities * 16);
        _entityIndex = new IdIndex(_entityIds, expectedEntities);
        ExpectedRelationships = expectedRelationships;
    }

    public int EntityCount => _entities.Count;

    public int RelationshipCount => _parts.Sum(p => p.Count) + (_added?.Count ?? 0);

    internal int ExpectedRelationships { get; }

    public void AddEntity(Entity entity)
    {
        if (TryAddEntity(entity) >= 0)
        {
            throw new InvalidOperationException($"An entity with the id '{entity.Id}' was already added.");
        }
    }

    /// <summary>Adds the entity unless its id is taken; returns the position holding that id then, else -1.</summary>
    internal int TryAddEntity(Entity entity)
    {
        var position = _entityIds.Add(entity.Id);
        var held = _entityIndex.Add(position);
        if (held >= 0)
        {
            _entityIds.RemoveLast();
            return held;
        }

        _entities.Add(entity);
        return -1;
    }

    public void AddRelationship(Relationship relationship)
    {
        if (!_entityIndex.TryFind(relationship.FromId.AsSpan(), out var from))
        {
            throw new InvalidOperationException(
                $"Relationship '{relationship.Id}' starts at '{relationship.FromId}', which is not an entity.");
        }

        if (!_entityIndex.TryFind(relationship.ToId.AsSpan(), out var to))
        {
            throw new InvalidOperationException(
                $"Relationship '{relationship.Id}' ends at '{relationship.ToId}', which is not an entity.");
        }

        (_added ??= new RelationshipColumns(ExpectedRelationships)).Add(relationship, from, to);
    }

    /// <summary>The position of an added entity, looked up by the UTF-8 bytes of its id.</summary>
    internal bool TryGetEntityIndex(ReadOnlySpan<byte> id, out int index) => _entityIndex.TryFind(id, out index);

    /// <summary>Relationships read elsewhere (a part of a bulk file), added after those already here, in order.</summary>
    internal void AddRelationships(RelationshipColumns part)
    {
        if (_added is not null)
        {
            _parts.Add(_added);
            _added = null;
        }

        _parts.Add(part);
    }

    /// <exception cref="InvalidOperationException">Two relationships share an id.</exception>
    public GraphSnapshot Build()
    {
        List<RelationshipColumns> parts = [.. _parts, .. _added is null ? [] : new[] { _added }];
        var relationships = parts.Count == 0 ? new RelationshipColumns() : RelationshipColumns.Join(parts);
        return GraphSnapshot.Create([.. _entities], _entityIndex, relationships);
    }
}
