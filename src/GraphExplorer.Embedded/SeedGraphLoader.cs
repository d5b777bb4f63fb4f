using System.Diagnostics;
using GraphExplorer.Embedded.Bulk;
using GraphExplorer.Embedded.Loading;
using GraphExplorer.Embedded.Writes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Embedded;

/// <summary>
/// Loads the seed scripts, or the bulk CSV folder when one is configured, into the embedded store
/// before the API starts serving, then the write journal over it; a bad seed, file or journal stops the start.
/// </summary>
internal sealed class SeedGraphLoader(
    EmbeddedGraphStore store, EmbeddedGraphWriter writer, IOptions<EmbeddedStoreOptions> options, ILogger<SeedGraphLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var bulkFolder = options.Value.BulkCsvFolder;
        var directory = string.IsNullOrWhiteSpace(bulkFolder) ? options.Value.SeedDirectory : bulkFolder;
        var stopwatch = Stopwatch.StartNew();
        var snapshot = string.IsNullOrWhiteSpace(bulkFolder)
            ? CypherSeedLoader.LoadDirectory(directory)
            : CsvGraphReader.Load(bulkFolder, cancellationToken);
        logger.LogInformation(
            "Loaded {Entities} entities and {Relationships} relationships from {Directory} in {Milliseconds} ms",
            snapshot.EntityCount, snapshot.RelationshipCount, directory, stopwatch.ElapsedMilliseconds);
        store.Replace(writer.Open(snapshot, options.Value.DataDirectory));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
