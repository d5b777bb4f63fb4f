using GraphExplorer.Api.Hosting;
using GraphExplorer.Api.Tests.GraphQL;
using GraphExplorer.Core.Cypher;
using GraphExplorer.Neo4j.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Api.Tests.Hosting;

/// <summary>
/// The seed command as <c>docker compose up</c> runs it: the program with <c>seed</c>, talking over a real socket to a
/// stand-in for Neo4j's Query API that refuses what the server refuses.
/// </summary>
public sealed class SeedCommandTests
{
    private static async Task<int?> RunSeedAsync(Uri neo4j, string cypher)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", Args = ["seed"] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphExplorer:Store"] = "Neo4j",
            ["GraphExplorer:Neo4j:Uri"] = neo4j.ToString(),
            ["GraphExplorer:Neo4j:User"] = "neo4j",
            ["GraphExplorer:Neo4j:Password"] = "graphexplorer",
            ["GraphExplorer:SeedDirectory"] = cypher,
        });
        builder.Logging.ClearProviders();
        builder.AddGraphExplorer();
        await using var app = builder.Build();
        return await app.RunSeedCommandAsync(["seed"]);
    }

    [Fact]
    public async Task The_seed_scripts_commit_through_a_Query_API_that_keeps_the_servers_rules()
    {
        var standIn = new QueryApiStandIn();
        var server = new StrictQueryApi(standIn, new StrictQueryApiOptions { Credentials = ("neo4j", "graphexplorer") });
        await using var neo4j = await LoopbackQueryApi.StartAsync(server, TestContext.Current.CancellationToken);
        var cypher = Path.Combine(RepositoryRoot.Find(), "cypher");

        var exitCode = await RunSeedAsync(neo4j.Address, cypher);

        server.Refusals.ShouldBeEmpty();
        exitCode.ShouldBe(0);
        server.OpenTransactions.ShouldBeEmpty();
        var statements = Directory.GetFiles(cypher, "*.cypher")
            .Sum(file => CypherScript.Split(File.ReadAllText(file), Path.GetFileName(file)).Count);
        (standIn.Committed.Sum(t => t.Count) + standIn.AutoCommitted.Count).ShouldBe(statements);
        standIn.Committed.Count.ShouldBeGreaterThanOrEqualTo(4); // one transaction for each data file at least
        standIn.AutoCommitted.ShouldAllBe(statement => statement.StartsWith("CREATE CONSTRAINT") || statement.StartsWith("CREATE INDEX") ||
                                                        statement.StartsWith("CREATE FULLTEXT INDEX") || statement.StartsWith("CREATE RANGE INDEX"));
    }
}
