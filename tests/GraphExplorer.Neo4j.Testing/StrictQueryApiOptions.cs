namespace GraphExplorer.Neo4j.Testing;

/// <summary>How the strict Query API stand-in is set up.</summary>
public sealed record StrictQueryApiOptions
{
    /// <summary>The one database the server has; others are answered <c>DatabaseNotFound</c>.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>
    /// <c>server.queryapi.transaction_idle_timeout</c>, 60 s by default (Query API documentation, "Transactions"):
    /// a transaction not used for this long is rolled back and forgotten.
    /// </summary>
    public TimeSpan TransactionIdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>When set, every request must carry Basic auth for this user and password.</summary>
    public (string User, string Password)? Credentials { get; init; }
}
