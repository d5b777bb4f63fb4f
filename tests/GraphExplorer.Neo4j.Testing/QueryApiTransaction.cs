namespace GraphExplorer.Neo4j.Testing;

/// <summary>An open explicit transaction as the stand-in tracks it.</summary>
internal sealed class QueryApiTransaction(string id, string? affinity, DateTimeOffset now)
{
    public string Id { get; } = id;

    /// <summary>The <c>neo4j-cluster-affinity</c> the begin answer carried, which every follow-up must send back.</summary>
    public string? Affinity { get; } = affinity;

    public DateTimeOffset LastUsed { get; set; } = now;

    public bool InFlight { get; set; }
}
