namespace GraphExplorer.Neo4j.Protocol;

/// <summary>The JSON body of a Query API request; null members are left out.</summary>
internal sealed record QueryRequestBody
{
    public string? Statement { get; init; }

    public IReadOnlyDictionary<string, object?>? Parameters { get; init; }

    public bool? IncludeCounters { get; init; }

    public string? AccessMode { get; init; }

    public IReadOnlyList<string>? Bookmarks { get; init; }

    public static QueryRequestBody For(Neo4jQuery query, bool inTransaction) => new()
    {
        Statement = query.Statement,
        Parameters = query.Parameters is { Count: > 0 } ? query.Parameters : null,
        IncludeCounters = query.IncludeCounters ? true : null,
        AccessMode = !inTransaction && query.AccessMode == Neo4jAccessMode.Read ? "Read" : null,
        Bookmarks = !inTransaction && query.Bookmarks.Count > 0 ? query.Bookmarks : null,
    };

    public static QueryRequestBody For(Neo4jTransactionOptions options) => new()
    {
        AccessMode = options.AccessMode == Neo4jAccessMode.Read ? "Read" : null,
        Bookmarks = options.Bookmarks.Count > 0 ? options.Bookmarks : null,
    };
}
