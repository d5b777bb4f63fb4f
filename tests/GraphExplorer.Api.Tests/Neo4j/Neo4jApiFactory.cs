using GraphExplorer.Neo4j.Protocol;
using GraphExplorer.Neo4j.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Neo4j;

/// <summary>
/// The real API with <c>GraphExplorer:Store=Neo4j</c>, its Query API client talking to <see cref="FakeQueryApi"/>
/// behind the strict Query API stand-in.
/// </summary>
public sealed class Neo4jApiFactory : WebApplicationFactory<Program>
{
    public Neo4jApiFactory() => QueryApi = new StrictQueryApi(Neo4j);

    public FakeQueryApi Neo4j { get; } = new();

    /// <summary>The strict stand-in in front of <see cref="Neo4j"/>; a test checks it refused nothing.</summary>
    public StrictQueryApi QueryApi { get; }

    public Neo4jRoundTripCounter RoundTrips => Services.GetRequiredService<Neo4jRoundTripCounter>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GraphExplorer:Store", "Neo4j");
        builder.UseSetting("GraphExplorer:Neo4j:Uri", "http://neo4j.test:7474");
        builder.UseSetting("GraphExplorer:Neo4j:User", "neo4j");
        builder.UseSetting("GraphExplorer:Neo4j:Password", "secret");
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(nameof(INeo4jQueryClient)).ConfigurePrimaryHttpMessageHandler(() => QueryApi));
    }
}
