using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>Entities with at least one relationship of this type in this direction, read from the entity.</summary>
public sealed record RelationshipPresence(RelationshipType Type, Direction Direction);
