namespace GraphExplorer.Core.Store;

/// <summary>Top-level settings under <c>GraphExplorer</c>: which store answers, and where the seed scripts are.</summary>
public sealed class GraphExplorerOptions
{
    public const string SectionName = "GraphExplorer";

    public StoreKind Store { get; set; } = StoreKind.Embedded;

    /// <summary>The folder of <c>.cypher</c> seed scripts; by default the copy published beside the program.</summary>
    public string SeedDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "cypher");

    /// <summary>
    /// When set, the embedded store bulk-loads <c>entities.csv</c> and <c>relationships.csv</c> from this
    /// folder instead of the seed scripts (a graph too large for Cypher statements, e.g. a benchmark graph).
    /// </summary>
    public string? BulkCsvFolder { get; set; }
}
