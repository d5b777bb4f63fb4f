using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

public sealed record NeighborhoodQuery(
    string Id, int Depth, Direction Direction, IReadOnlySet<RelationshipType>? Types, int Limit);
