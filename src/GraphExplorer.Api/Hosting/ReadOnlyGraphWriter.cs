using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Writes;

namespace GraphExplorer.Api.Hosting;

/// <summary>The writer of a store that takes no writes through the API (Neo4j, for now): every write is refused with a code.</summary>
internal sealed class ReadOnlyGraphWriter : IGraphWriter
{
    public Task<WriteOutcome> WriteAsync(GraphWrite write, string by, CancellationToken cancellationToken) =>
        throw new GraphQueryException(ErrorCodes.WritesDisabled,
            "This store takes no writes through the API yet: with GraphExplorer:Store set to Neo4j, apply Cypher scripts to Neo4j directly (docs/neo4j.md).");

    public Task<IReadOnlyList<GraphChange>> HistoryAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GraphChange>>([]);
}
