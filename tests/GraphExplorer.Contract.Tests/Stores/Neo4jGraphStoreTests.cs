using GraphExplorer.Contract.Tests.Neo4j;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;
using GraphExplorer.Embedded;
using GraphExplorer.Embedded.Loading;

namespace GraphExplorer.Contract.Tests.Stores;

/// <summary>The contract against a real Neo4j (skipped, with the reason, when none is reachable), and answer-for-answer parity with the embedded store.</summary>
public sealed class Neo4jGraphStoreTests : GraphStoreContract
{
    private static readonly Lazy<EmbeddedGraphStore> s_embedded =
        new(() => new EmbeddedGraphStore(CypherSeedLoader.LoadDirectory(RepositoryPaths.CypherDirectory())));

    protected override Task<IGraphStore> OpenStoreAsync() => Neo4jTestServer.OpenStoreAsync();

    [Fact]
    public async Task Every_traversal_from_every_entity_answers_as_the_embedded_store_does()
    {
        var neo4j = await OpenStoreAsync();
        var embedded = s_embedded.Value;
        var ct = TestContext.Current.CancellationToken;
        var ids = embedded.Snapshot.Entities.Select(e => e.Id).Order(StringComparer.Ordinal).ToList();

        foreach (var id in ids)
        {
            foreach (var direction in Enum.GetValues<Direction>())
            {
                var neighborhood = new NeighborhoodQuery(id, 2, direction, null, 15);
                await SameAsync(id, s => s.NeighborhoodAsync(neighborhood, ct));
            }

            await SameAsync(id, s => s.SupplyChainAsync(new SupplyChainQuery(id, SupplyDirection.Upstream, 3, 50), ct));
            await SameAsync(id, s => s.SupplyChainAsync(new SupplyChainQuery(id, SupplyDirection.Downstream, 3, 50), ct));
            await SameAsync(id, s => s.OwnersAsync(new OwnersQuery(id, 5, 100), ct));
            await SameAsync(id, s => s.ExposureAsync(new ExposureQuery(id, 3, 1000), ct));
            await SameAsync(id, s => s.FindShortestPathsAsync(new PathQuery(id, "bytedance", 4, null, false, 20), ct));
            await SameAsync(id, s => s.FindShortestPathsAsync(new PathQuery("nvidia", id, 4, null, true, 20), ct));
        }

        await SameAsync("all", s => s.GetRelationshipsAsync(ids, new RelationshipFilter(Direction.Both, null, 1000), ct));
        await SameAsync("all", s => s.GetRelationshipsAsync(ids, new RelationshipFilter(Direction.In, null, 2), ct));
        await SameAsync("all", s => s.GetEntitiesAsync(ids, ct));
        await SameAsync("all", s => s.ListEntitiesAsync(new EntityListQuery(null, 500, null), ct));
        foreach (var text in new[] { "a", "bytedance", "NVIDIA", "chip", "u.s.", "doubao" })
        {
            await SameAsync(text, s => s.SearchAsync(new SearchQuery(text, null, 100), ct));
        }

        async Task SameAsync<T>(string about, Func<IGraphStore, Task<T>> ask)
        {
            var expected = await AnswerAsync(embedded, ask);
            var actual = await AnswerAsync(neo4j, ask);
            actual.ShouldBe(expected, about);
        }
    }

    private static async Task<string> AnswerAsync<T>(IGraphStore store, Func<IGraphStore, Task<T>> ask)
    {
        try
        {
            return Canonical.Of(await ask(store));
        }
        catch (GraphQueryException e)
        {
            return $"{e.Code}: {e.Message}";
        }
    }
}
