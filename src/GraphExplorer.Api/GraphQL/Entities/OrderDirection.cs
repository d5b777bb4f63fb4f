namespace GraphExplorer.Api.GraphQL.Entities;

public enum OrderDirection
{
    Asc,
    Desc,
}
