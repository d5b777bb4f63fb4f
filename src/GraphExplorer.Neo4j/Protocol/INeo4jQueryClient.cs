namespace GraphExplorer.Neo4j.Protocol;

/// <summary>
/// Runs Cypher on one Neo4j database. Small on purpose, so the official driver could stand behind it one day.
/// Failures are <see cref="Neo4jException"/>.
/// </summary>
public interface INeo4jQueryClient
{
    /// <summary>Runs one statement in its own transaction; reads are retried on transient failures.</summary>
    Task<Neo4jResult> RunAsync(Neo4jQuery query, CancellationToken cancellationToken);

    /// <summary>Opens an explicit transaction; never retried, since its statements are not.</summary>
    Task<INeo4jTransaction> BeginTransactionAsync(Neo4jTransactionOptions options, CancellationToken cancellationToken);
}
