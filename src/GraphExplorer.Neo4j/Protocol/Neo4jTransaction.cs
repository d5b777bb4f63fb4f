namespace GraphExplorer.Neo4j.Protocol;

/// <summary>An explicit Query API transaction; every follow-up carries the <c>neo4j-cluster-affinity</c> it began with.</summary>
internal sealed class Neo4jTransaction(Neo4jQueryClient client, string id, string? affinity, DateTimeOffset? expires)
    : INeo4jTransaction
{
    private bool _finished;

    public string Id { get; } = id;

    public DateTimeOffset? Expires { get; private set; } = expires;

    public async Task<Neo4jResult> RunAsync(Neo4jQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowIfFinished();
        var response = await client.SendAsync(
            HttpMethod.Post, client.TransactionPath(Id), QueryRequestBody.For(query, inTransaction: true), affinity, Id, cancellationToken);
        Expires = response.Body.Transaction?.Expires ?? Expires;
        return response.Body.ToResult();
    }

    public async Task<IReadOnlyList<string>> CommitAsync(CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        _finished = true;
        var response = await client.SendAsync(
            HttpMethod.Post, client.TransactionPath(Id) + "/commit", QueryRequestBody.Empty, affinity, Id, cancellationToken);
        return response.Body.Bookmarks ?? [];
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        await client.SendAsync(HttpMethod.Delete, client.TransactionPath(Id), null, affinity, Id, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync(CancellationToken.None);
        }
        catch (Neo4jException)
        {
            // The server rolls back idle or failed transactions by itself; nothing is left to undo.
        }
    }

    private void ThrowIfFinished()
    {
        if (_finished)
        {
            throw new InvalidOperationException($"Transaction '{Id}' is already committed or rolled back.");
        }
    }
}
