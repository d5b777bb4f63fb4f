using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Writes;

/// <summary>
/// The write side of a store: each write checked by <see cref="WriteRules"/>, applied whole or not at all, and
/// durable before it is acknowledged; and the history of what was written.
/// </summary>
public interface IGraphWriter
{
    /// <summary>Checks and applies the write made by <paramref name="by"/> (who the credential says wrote it).</summary>
    /// <exception cref="Store.GraphQueryException">The write is refused (the code says why) and changes nothing.</exception>
    Task<WriteOutcome> WriteAsync(GraphWrite write, string by, CancellationToken cancellationToken);

    /// <summary>The accepted changes to an entity or relationship, oldest first; an entity's include those to its relationships.</summary>
    Task<IReadOnlyList<GraphChange>> HistoryAsync(string id, CancellationToken cancellationToken);
}
