using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using GraphExplorer.Core.Store;
using GraphExplorer.Neo4j.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphExplorer.Contract.Tests.Neo4j;

/// <summary>
/// The Neo4j the contract runs against: the one <c>GRAPHEXPLORER_TEST_NEO4J_URI</c> names (with
/// <c>_USER</c> and <c>_PASSWORD</c>; its database is emptied and seeded, so give a test database), else a
/// <c>neo4j:5.26</c> container when a Docker engine is reachable, else none, with the reason.
/// Started and seeded once per test run.
/// </summary>
public static class Neo4jTestServer
{
    public const string UriVariable = "GRAPHEXPLORER_TEST_NEO4J_URI";
    private const string Image = "neo4j:5.26";
    private const string ContainerPassword = "graphexplorer-test";

    private static readonly Lazy<Task<Neo4jTarget>> s_target = new(StartAsync);

    /// <summary>The seeded server's settings; skips the calling test, with the reason, when there is none.</summary>
    public static async Task<Neo4jTarget> RequireAsync()
    {
        var target = await s_target.Value;
        if (target.SkipReason is not null)
        {
            Assert.Skip(target.SkipReason);
        }

        return target;
    }

    /// <summary>A store over the seeded server, with the application's own registrations.</summary>
    public static async Task<IGraphStore> OpenStoreAsync() => (await RequireAsync()).Services.GetRequiredService<IGraphStore>();

    private static async Task<Neo4jTarget> StartAsync()
    {
        var uri = Environment.GetEnvironmentVariable(UriVariable);
        if (!string.IsNullOrWhiteSpace(uri))
        {
            return await SeedAsync(uri, Environment.GetEnvironmentVariable("GRAPHEXPLORER_TEST_NEO4J_USER") ?? "neo4j",
                Environment.GetEnvironmentVariable("GRAPHEXPLORER_TEST_NEO4J_PASSWORD"));
        }

        if (!DockerLooksPresent())
        {
            return Neo4jTarget.Skipped(
                $"Neo4j runs skipped: {UriVariable} is not set and no Docker engine is present (no DOCKER_HOST, no /var/run/docker.sock). " +
                $"Set {UriVariable}=http://localhost:7474 (+ _USER, _PASSWORD) or start Docker to run the contract against Neo4j.");
        }

        try
        {
            var container = new ContainerBuilder(Image)
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{ContainerPassword}")
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer()
                    .UntilMessageIsLogged("Started.")
                    .UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
                .Build();
            await container.StartAsync();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return await SeedAsync($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}", "neo4j", ContainerPassword);
        }
        catch (Exception e) when (e is not Xunit.Sdk.SkipException)
        {
            return Neo4jTarget.Skipped($"Neo4j runs skipped: a Docker engine seemed present but {Image} did not start: {e.Message}");
        }
    }

    private static bool DockerLooksPresent() =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");

    private static async Task<Neo4jTarget> SeedAsync(string uri, string user, string? password)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphExplorer:Neo4j:Uri"] = uri,
            ["GraphExplorer:Neo4j:User"] = password is null ? null : user,
            ["GraphExplorer:Neo4j:Password"] = password,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddNeo4jGraphStore();
        var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<GraphExplorer.Neo4j.Protocol.INeo4jQueryClient>();
        await client.RunAsync(new GraphExplorer.Neo4j.Protocol.Neo4jQuery("MATCH (n) DETACH DELETE n"), CancellationToken.None);
        await provider.GetRequiredService<Neo4jSeeder>().SeedAsync(RepositoryPaths.CypherDirectory(), CancellationToken.None);
        return new Neo4jTarget(uri, provider, null, password is null ? null : user, password);
    }
}
