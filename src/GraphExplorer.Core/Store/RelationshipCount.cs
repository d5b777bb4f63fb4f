using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>How many relationships of one type an entity has in one direction (<see cref="Direction.Out"/> or <see cref="Direction.In"/>).</summary>
public sealed record RelationshipCount(RelationshipType Type, Direction Direction, int Count);
