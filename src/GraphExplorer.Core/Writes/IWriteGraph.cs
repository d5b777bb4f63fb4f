using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Writes;

/// <summary>What <see cref="WriteRules"/> reads to check a write: the graph as it will stand just before the write.</summary>
public interface IWriteGraph
{
    Entity? FindEntity(string id);

    Relationship? FindRelationship(string id);

    /// <summary>The relationships of this type that end at the entity, retracted ones included.</summary>
    IEnumerable<Relationship> Incoming(string entityId, RelationshipType type);
}
