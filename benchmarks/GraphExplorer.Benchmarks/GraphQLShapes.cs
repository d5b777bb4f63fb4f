using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Api.Hosting;
using GraphExplorer.Benchmarks.Generator;
using GraphExplorer.Embedded;
using GraphExplorer.Embedded.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// The benchmark shapes as the product runs them: GraphQL documents sent to the whole API (middleware, endpoint,
/// validation, execution, the JSON answer) in this process, through the in-memory test server, so everything but the
/// socket is timed. The API serves the snapshot the direct store calls read.
/// </summary>
public sealed class GraphQLShapes : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;
    private readonly BenchmarkQueries _queries;

    private GraphQLShapes(WebApplication app, BenchmarkQueries queries)
    {
        _app = app;
        _client = app.GetTestClient();
        _queries = queries;
    }

    public static async Task<GraphQLShapes> StartAsync(GraphSnapshot snapshot, BenchmarkQueries queries)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        // The benchmark is one client sending as fast as it can: measure the API, not the limiter.
        builder.Configuration["GraphExplorer:Security:RateLimit:Enabled"] = "false";
        builder.AddGraphExplorer();
        var app = builder.Build();
        app.MapGraphExplorer();
        await app.StartAsync();
        // Started on the seed; now the generated graph, as a new load would.
        app.Services.GetRequiredService<EmbeddedGraphStore>().Replace(snapshot);
        return new GraphQLShapes(app, queries);
    }

    public async Task<int> RunAsync(string shape, int input, CancellationToken cancellationToken)
    {
        var (query, variables) = Request(shape, input);
        using var response = await _client.PostAsJsonAsync("/graphql", new { query, variables }, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf("\"errors\""u8) >= 0)
        {
            throw new InvalidOperationException($"{shape} #{input} failed: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        }

        return body.Length;
    }

    private (string Query, object Variables) Request(string shape, int input) => shape switch
    {
        "entity" => (
            "query Open($id: ID!) { entity(id: $id) { id name kind aliases relationships(first: 50) { id type reportedOn from { id name kind } to { id name kind } } } }",
            new { id = _queries.Entity[input] }),
        "neighborhood" => (
            "query Near($id: ID!) { neighborhood(id: $id, depth: 2, direction: BOTH, limit: 200) { truncated nodes { id name kind } edges { id type from { id } to { id } } } }",
            new { id = _queries.Neighborhood[input] }),
        "supplyChain" => (
            "query Chain($id: ID!) { supplyChain(id: $id, direction: UPSTREAM, maxTiers: 3) { truncated tiers { tier entities { id name } } } }",
            new { id = _queries.SupplyChain[input] }),
        "paths" => (
            "query Route($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 6, first: 10) { length relationships { id } } }",
            new { from = _queries.Paths[input][0], to = _queries.Paths[input][1] }),
        "searchPrefix" => ("query Find($text: String!) { search(text: $text, first: 20) { id name kind } }", new { text = _queries.SearchPrefix[input] }),
        "searchContains" => ("query Find($text: String!) { search(text: $text, first: 20) { id name kind } }", new { text = _queries.SearchContains[input] }),
        "owners" => (
            "query Owners($id: ID!) { owners(id: $id, maxDepth: 5) { owner { id } ultimate } }",
            new { id = _queries.Owners[input] }),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown shape"),
    };

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
