using GraphExplorer.Api.GraphQL.Entities;

namespace GraphExplorer.Api.GraphQL.Relationships;

public sealed record RelationshipConnection(IReadOnlyList<RelationshipEdge> Edges, PageInfo PageInfo, int TotalCount);
