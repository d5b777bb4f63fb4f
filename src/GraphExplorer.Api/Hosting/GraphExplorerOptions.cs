using GraphExplorer.Embedded;

namespace GraphExplorer.Api.Hosting;

/// <summary>Top-level settings under <c>GraphExplorer</c>: which store answers, and where the seed scripts are.</summary>
public sealed class GraphExplorerOptions
{
    public const string SectionName = "GraphExplorer";

    public StoreKind Store { get; set; } = StoreKind.Embedded;

    /// <summary>The folder of <c>.cypher</c> seed scripts; by default the copy published beside the program.</summary>
    public string SeedDirectory { get; set; } = EmbeddedStoreOptions.DefaultSeedDirectory;
}
