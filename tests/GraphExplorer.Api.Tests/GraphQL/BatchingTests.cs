using GraphExplorer.Core.Store;
using GraphExplorer.Embedded;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>Nested fields cost one store call per query level, not one per entity.</summary>
public sealed class BatchingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private (WebApplicationFactory<Program> Api, CountingGraphStore Store) Counting()
    {
        CountingGraphStore? store = null;
        var factory = api.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.RemoveAll<IGraphStore>();
            services.AddSingleton<IGraphStore>(sp => store = new CountingGraphStore(sp.GetRequiredService<EmbeddedGraphStore>()));
        }));
        factory.Services.GetRequiredService<IGraphStore>();
        return (factory, store!);
    }

    [Fact]
    public async Task Two_root_entities_and_two_nested_levels_take_three_store_calls()
    {
        var (client, store) = Counting();
        var data = await client.DataAsync("""
            {
              a: entity(id: "bytedance") { name relationships(direction: OUT) { to { id name relationships(first: 3) { from { name } to { name } } } } }
              b: entity(id: "nvidia") { name }
            }
            """);

        var targets = data["a"]!["relationships"]!.AsArray().Select(r => (string)r!["to"]!["id"]!).Distinct().Count();
        targets.ShouldBeGreaterThan(5);
        // ByteDance comes with its own relationships in one call; Nvidia alone; then one call for every end's relationships.
        store.Calls.ShouldBe(["relationships:1", "entities:nvidia", $"relationships:{targets}"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_neighborhood_with_both_ends_of_every_edge_takes_one_store_call()
    {
        var (client, store) = Counting();
        var data = await client.DataAsync("""
            { neighborhood(id: "bytedance", depth: 2) { nodes { id name } edges { type from { name } to { name } } } }
            """);

        data["neighborhood"]!["edges"]!.AsArray().Count.ShouldBeGreaterThan(10);
        store.Calls.ShouldBe(["reach"]);
    }
}
