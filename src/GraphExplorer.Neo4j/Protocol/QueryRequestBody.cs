namespace GraphExplorer.Neo4j.Protocol;

/// <summary>The JSON body of a Query API request; null members are left out.</summary>
internal sealed record QueryRequestBody
{
    public string? Statement { get; init; }

    public IReadOnlyDictionary<string, object?>? Parameters { get; init; }

    public bool? IncludeCounters { get; init; }

    public string? AccessMode { get; init; }

    public IReadOnlyList<string>? Bookmarks { get; init; }

    /// <summary>Seconds the server lets the transaction run; honoured when a transaction begins (Neo4j 5.26).</summary>
    public int? MaxExecutionTime { get; init; }

    /// <summary><c>{}</c>: the body of a commit with no statement.</summary>
    public static QueryRequestBody Empty { get; } = new();

    public static QueryRequestBody For(Neo4jQuery query, bool inTransaction) => new()
    {
        Statement = query.Statement,
        Parameters = query.Parameters is { Count: > 0 } ? query.Parameters : null,
        IncludeCounters = query.IncludeCounters ? true : null,
        AccessMode = !inTransaction && query.AccessMode == Neo4jAccessMode.Read ? "Read" : null,
        Bookmarks = !inTransaction && query.Bookmarks.Count > 0 ? query.Bookmarks : null,
    };

    /// <summary>
    /// A begin. The server's own timeout is no longer than ours (whole seconds, at least 1), so a transaction we
    /// gave up on does not keep running there.
    /// </summary>
    public static QueryRequestBody For(Neo4jTransactionOptions options, TimeSpan timeout) => new()
    {
        AccessMode = options.AccessMode == Neo4jAccessMode.Read ? "Read" : null,
        Bookmarks = options.Bookmarks.Count > 0 ? options.Bookmarks : null,
        MaxExecutionTime = (int)Math.Clamp(Math.Floor(timeout.TotalSeconds), 1, int.MaxValue),
    };
}
