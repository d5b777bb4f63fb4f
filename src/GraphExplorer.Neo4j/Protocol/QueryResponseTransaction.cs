namespace GraphExplorer.Neo4j.Protocol;

internal sealed class QueryResponseTransaction
{
    public string? Id { get; init; }

    public DateTimeOffset? Expires { get; init; }
}
