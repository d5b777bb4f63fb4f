namespace GraphExplorer.Neo4j.Protocol;

/// <summary>The JSON body of a Query API answer, success and failure alike.</summary>
internal sealed class QueryResponseBody
{
    public QueryResponseData? Data { get; init; }

    public Neo4jCounters? Counters { get; init; }

    public List<string>? Bookmarks { get; init; }

    public List<Neo4jNotification>? Notifications { get; init; }

    public List<Neo4jError>? Errors { get; init; }

    public QueryResponseTransaction? Transaction { get; init; }

    public Neo4jResult ToResult()
    {
        var fields = (IReadOnlyList<string>?)Data?.Fields ?? [];
        var records = Data?.Values?.Select(row => new Neo4jRecord(fields, row)).ToList() ?? [];
        return new Neo4jResult(fields, records, Counters, Bookmarks ?? [], Notifications ?? []);
    }
}
