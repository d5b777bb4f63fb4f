namespace GraphExplorer.Neo4j.Protocol;

/// <summary>How an explicit transaction begins.</summary>
public sealed record Neo4jTransactionOptions
{
    public Neo4jAccessMode AccessMode { get; init; } = Neo4jAccessMode.Write;

    public IReadOnlyList<string> Bookmarks { get; init; } = [];
}
