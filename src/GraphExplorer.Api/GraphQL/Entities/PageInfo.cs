namespace GraphExplorer.Api.GraphQL.Entities;

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
