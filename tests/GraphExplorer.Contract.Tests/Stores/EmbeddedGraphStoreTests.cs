using GraphExplorer.Core.Store;
using GraphExplorer.Embedded;
using GraphExplorer.Embedded.Loading;

namespace GraphExplorer.Contract.Tests.Stores;

public sealed class EmbeddedGraphStoreTests : GraphStoreContract
{
    private static readonly Lazy<EmbeddedGraphStore> s_store =
        new(() => new EmbeddedGraphStore(CypherSeedLoader.LoadDirectory(RepositoryPaths.CypherDirectory())));

    protected override Task<IGraphStore> OpenStoreAsync() => Task.FromResult<IGraphStore>(s_store.Value);
}
