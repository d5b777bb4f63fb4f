using GraphExplorer.Neo4j.Protocol;
using GraphExplorer.Neo4j.Seeding;
using GraphExplorer.Neo4j.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Neo4j.Tests.Fixtures;

/// <summary>
/// The real registrations of <c>AddNeo4jQueryClient</c>, with the network replaced by canned answers behind the strict
/// Query API stand-in, which refuses what Neo4j would refuse before a canned answer is used.
/// </summary>
public sealed class Neo4jTestHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public Neo4jTestHost(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["GraphExplorer:Neo4j:Uri"] = "http://neo4j.test:7474",
            ["GraphExplorer:Neo4j:User"] = "neo4j",
            ["GraphExplorer:Neo4j:Password"] = "secret",
            ["GraphExplorer:Neo4j:RetryDelay"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        Server = new StrictQueryApi(Handler, new StrictQueryApiOptions
        {
            Database = values.GetValueOrDefault("GraphExplorer:Neo4j:Database") ?? "neo4j",
            Credentials = values.GetValueOrDefault("GraphExplorer:Neo4j:Token") is null &&
                          values.GetValueOrDefault("GraphExplorer:Neo4j:User") is { } user &&
                          values.GetValueOrDefault("GraphExplorer:Neo4j:Password") is { } password
                ? (user, password)
                : null,
        });
        services.AddNeo4jQueryClient().ConfigurePrimaryHttpMessageHandler(() => Server);
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    public FakeNeo4jHandler Handler { get; } = new();

    /// <summary>The strict stand-in in front of <see cref="Handler"/>: what it refused, which transactions are open.</summary>
    public StrictQueryApi Server { get; }

    public INeo4jQueryClient Client => _provider.GetRequiredService<INeo4jQueryClient>();

    public Neo4jSeeder Seeder => _provider.GetRequiredService<Neo4jSeeder>();

    public Neo4jRoundTripCounter RoundTrips => _provider.GetRequiredService<Neo4jRoundTripCounter>();

    public void Dispose() => _provider.Dispose();
}
