using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Collects entities and relationships, then freezes them into an indexed
/// <see cref="GraphSnapshot"/>. Nothing is visible to readers until <see cref="Build"/>,
/// so a load that fails half-way leaves the store as it was.
/// </summary>
public sealed class GraphBuilder(int expectedEntities = 0, int expectedRelationships = 0)
{
    private readonly List<Entity> _entities = new(expectedEntities);
    private readonly Dictionary<string, int> _entityIndex = new(expectedEntities, StringComparer.Ordinal);
    private readonly List<Relationship> _relationships = new(expectedRelationships);
    private readonly HashSet<string> _relationshipIds = new(expectedRelationships, StringComparer.Ordinal);

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
        if (!_entityIndex.ContainsKey(relationship.FromId))
        {
            throw new InvalidOperationException(
                $"Relationship '{relationship.Id}' starts at '{relationship.FromId}', which is not an entity.");
        }

        if (!_entityIndex.ContainsKey(relationship.ToId))
        {
            throw new InvalidOperationException(
                $"Relationship '{relationship.Id}' ends at '{relationship.ToId}', which is not an entity.");
        }

        if (!_relationshipIds.Add(relationship.Id))
        {
            throw new InvalidOperationException($"A relationship with the id '{relationship.Id}' was already added.");
        }

        _relationships.Add(relationship);
    }



    public GraphSnapshot Build() => GraphSnapshot.Create(_entities.ToArray(), _entityIndex, _relationships.ToArray());
}
