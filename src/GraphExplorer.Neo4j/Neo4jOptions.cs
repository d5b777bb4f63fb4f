namespace GraphExplorer.Neo4j;

/// <summary>
/// Where Neo4j is and how to talk to it; section <c>GraphExplorer:Neo4j</c>, or environment variables such as
/// <c>GraphExplorer__Neo4j__Uri</c>. Checked at start by <see cref="Neo4jOptionsValidator"/>.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "GraphExplorer:Neo4j";

    /// <summary>Neo4j's HTTP address: <c>http://localhost:7474</c>, or <c>https://&lt;id&gt;.databases.neo4j.io</c> on Aura.</summary>
    public string? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>With <see cref="Password"/>, sent as Basic auth.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Sent as Bearer auth (SSO); instead of <see cref="User"/> and <see cref="Password"/>.</summary>
    public string? Token { get; set; }

    /// <summary>How long one request may take, from sending to the last byte of the answer.</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a read is tried again after a transient failure; writes are never retried.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first wait before a retry; later waits grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How many times the seed command tries a step that fails transiently (Neo4j still starting, its database
    /// not yet online) before it gives up. The waits between tries start at <see cref="RetryDelay"/> and double
    /// up to <see cref="MaxSeedRetryDelay"/>: with the defaults, about two minutes in all.
    /// </summary>
    public int SeedAttempts { get; set; } = 30;

    /// <summary>The longest wait between two tries of the seed command.</summary>
    public TimeSpan MaxSeedRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The most relationships one traversal may fetch before the store walks them; past it the question is
    /// refused with <c>LIMIT_EXCEEDED</c> rather than answered from part of the graph.
    /// </summary>
    public int MaxFetchedRelationships { get; set; } = 100_000;

    /// <summary>The most shortest paths one path question may fetch; past it the question is refused likewise.</summary>
    public int MaxFetchedPaths { get; set; } = 10_000;
}
