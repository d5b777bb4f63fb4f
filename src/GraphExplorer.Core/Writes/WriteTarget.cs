namespace GraphExplorer.Core.Writes;

/// <summary>What a write touches: an entity (documents included) or a relationship.</summary>
public enum WriteTarget
{
    Entity,
    Relationship,
}
