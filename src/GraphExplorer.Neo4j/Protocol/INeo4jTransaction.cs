namespace GraphExplorer.Neo4j.Protocol;

/// <summary>
/// An open explicit transaction. Disposing it without <see cref="CommitAsync"/> rolls it back.
/// </summary>
public interface INeo4jTransaction : IAsyncDisposable
{
    string Id { get; }

    /// <summary>When Neo4j will roll the transaction back if it stays idle, as last reported.</summary>
    DateTimeOffset? Expires { get; }

    Task<Neo4jResult> RunAsync(Neo4jQuery query, CancellationToken cancellationToken);

    /// <summary>Commits and returns the bookmarks that later reads can wait for.</summary>
    Task<IReadOnlyList<string>> CommitAsync(CancellationToken cancellationToken);

    Task RollbackAsync(CancellationToken cancellationToken);
}
