using GraphExplorer.Core.Store;
using GraphExplorer.Embedded;
using GraphExplorer.Embedded.Loading;

namespace GraphExplorer.Contract.Tests.SeedFacts;

/// <summary>The seed facts against the embedded store loaded from the repository's <c>cypher/</c> folder.</summary>
public sealed class EmbeddedSeedFactsTests : SeedFactsContract
{
    private static readonly Lazy<EmbeddedGraphStore> s_store =
        new(() => new EmbeddedGraphStore(CypherSeedLoader.LoadDirectory(RepositoryCypherDirectory())));

    protected override Task<IGraphStore> OpenStoreAsync() => Task.FromResult<IGraphStore>(s_store.Value);

    private static string RepositoryCypherDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln")))
            {
                return Path.Combine(dir.FullName, "cypher");
            }
        }

        throw new DirectoryNotFoundException($"No GraphExplorer.sln above {AppContext.BaseDirectory}; cannot find cypher/.");
    }
}
