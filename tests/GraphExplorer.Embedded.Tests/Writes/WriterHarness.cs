using GraphExplorer.Core.Model;
using GraphExplorer.Core.Writes;
using GraphExplorer.Embedded.Loading;
using GraphExplorer.Embedded.Storage;
using GraphExplorer.Embedded.Writes;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Embedded.Tests.Writes;

/// <summary>A store and its writer over a small graph, with the journal in a folder of its own; restart opens a new pair over the same folder.</summary>
internal sealed class WriterHarness : IDisposable
{
    public const string Seed = """
        MERGE (n:Entity {id: 'doc-a'}) SET n:Document, n += {name: 'Report A', title: 'Report A', aliases: []};
        MERGE (n:Entity {id: 'bytedance'}) SET n:Company, n += {name: 'ByteDance', aliases: ['Bitbeat']};
        MERGE (n:Entity {id: 'nvidia'}) SET n:Company, n += {name: 'Nvidia', aliases: []};
        MERGE (n:Entity {id: 'tiktok'}) SET n:Product, n += {name: 'TikTok', aliases: []};
        MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'tiktok'})
        MERGE (a)-[r:OWNS {id: 'bytedance-owns-tiktok'}]->(b)
        SET r += {source: 'doc-a', evidence: 'ByteDance owns TikTok.', reportedOn: date('2025-01-23'), basis: 'stated'};
        """;

    private readonly bool _ownsDirectory;

    public WriterHarness(string? directory = null, string seed = Seed)
    {
        _ownsDirectory = directory is null;
        Directory = directory ?? Path.Combine(Path.GetTempPath(), "graphexplorer-writer-" + Guid.NewGuid().ToString("N"));
        SeedText = seed;
        (Store, Writer) = Open();
    }

    public string Directory { get; }

    public string SeedText { get; }

    public EmbeddedGraphStore Store { get; private set; }

    public EmbeddedGraphWriter Writer { get; private set; }

    public ListLogger<EmbeddedGraphWriter> Log { get; } = new();

    public string JournalPath => Path.Combine(Directory, GraphJournal.FileName);

    public GraphSnapshot Graph => Store.Snapshot;

    public static DocumentInput Document(string id) => new(id, "Report " + id, "Example News", new DateOnly(2026, 12, 1), null, null, null);

    public static RelationshipInput Supplies(string from, string to, string evidence, string source = "doc-a") =>
        new(null, RelationshipType.Supplies, from, to, source, evidence, new DateOnly(2026, 12, 1), null, null, null, Basis.Stated, null);

    public Task<WriteOutcome> WriteAsync(GraphWrite write) => Writer.WriteAsync(write, "api-key:0", TestContext.Current.CancellationToken);

    /// <summary>Stops this writer and opens a new store and writer over the same journal, as a restart would.</summary>
    public void Restart()
    {
        Writer.Dispose();
        (Store, Writer) = Open();
    }

    public void Dispose()
    {
        Writer.Dispose();
        if (_ownsDirectory && System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private (EmbeddedGraphStore, EmbeddedGraphWriter) Open()
    {
        var store = new EmbeddedGraphStore();
        var writer = new EmbeddedGraphWriter(store, TimeProvider.System, Log);
        store.Replace(writer.Open(CypherSeedLoader.Load([new SeedScript("seed.cypher", SeedText)]), Directory));
        return (store, writer);
    }
}

internal sealed class ListLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Entries)
        {
            Entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
