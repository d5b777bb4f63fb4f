namespace GraphExplorer.Embedded;

/// <summary>What the embedded store loads at start; the host binds it (section <c>GraphExplorer</c>).</summary>
public sealed class EmbeddedStoreOptions
{
    /// <summary>The seed scripts published beside the program.</summary>
    public static string DefaultSeedDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "cypher");

    /// <summary>The folder of <c>.cypher</c> seed scripts.</summary>
    public string SeedDirectory { get; set; } = DefaultSeedDirectory;

    /// <summary>
    /// When set, the embedded store bulk-loads <c>entities.csv</c> and <c>relationships.csv</c> from this
    /// folder instead of the seed scripts (a graph too large for Cypher statements, e.g. a benchmark graph).
    /// </summary>
    public string? BulkCsvFolder { get; set; }

    /// <summary>
    /// The folder of the write journal (<c>journal.cypher</c>), applied over the seed or bulk graph at start. Unset:
    /// the store takes no writes.
    /// </summary>
    public string? DataDirectory { get; set; }
}
