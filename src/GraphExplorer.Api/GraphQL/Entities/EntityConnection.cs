namespace GraphExplorer.Api.GraphQL.Entities;

public sealed record EntityConnection(IReadOnlyList<EntityEdge> Edges, PageInfo PageInfo, int TotalCount);
