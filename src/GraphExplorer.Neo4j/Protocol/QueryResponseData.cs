namespace GraphExplorer.Neo4j.Protocol;

internal sealed class QueryResponseData
{
    public List<string>? Fields { get; init; }

    /// <summary>Each value goes through <see cref="TypedJsonConverter"/> as soon as it is read.</summary>
    public List<List<object?>>? Values { get; init; }
}
