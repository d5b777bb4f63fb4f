using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GraphExplorer.Contract.Tests.Neo4j;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphExplorer.Contract.Tests.Api;

/// <summary>
/// The same GraphQL queries through the API on the embedded store and on Neo4j give the same JSON.
/// Skipped, with the reason, when no Neo4j is reachable (see <see cref="Neo4jTestServer"/>).
/// </summary>
public sealed class GraphQLParityTests
{
    public static TheoryData<string> Queries() =>
    [
        """{ entity(id: "bytedance") { name kind aliases description properties sources { id title publishedOn } relationships { id type from { id } to { id } properties source { id } evidence reportedOn validFrom validTo } } }""",
        """{ supplyChain(id: "bytedance", maxTiers: 3) { root { id } tiers { tier entities { id name } relationships { id } } truncated } }""",
        """{ supplyChain(id: "nvidia", direction: DOWNSTREAM) { tiers { tier entities { id } } } }""",
        """{ paths(from: "nvidia", to: "tiktok") { length nodes { id } relationships { id type } } }""",
        """{ paths(from: "huawei-technologies", to: "openai", directed: false, maxLength: 6, first: 20) { length relationships { id } } }""",
        """{ neighborhood(id: "bytedance", depth: 2, limit: 30) { nodes { id kind } edges { id type from { id } to { id } } truncated } }""",
        """{ neighborhood(id: "china", depth: 2, direction: IN, types: [LOCATED_IN, PART_OF, RESTRICTS]) { nodes { id } edges { id } truncated } }""",
        """{ owners(id: "tiktok") { owner { id } depth direct ultimate effectivePercentage chain { nodes { id } } } }""",
        """{ exposure(id: "bytedance") { by { id } through { id } channel path { nodes { id } relationships { id } } } }""",
        """{ search(text: "dou") { id name kind } s2: search(text: "CHIP", kinds: [CHIP, REGULATION]) { id } }""",
        """{ entities(kind: COMPANY, first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }""",
        """{ entities(kind: PRODUCT, first: 4) { nodes { id relationships(direction: IN, first: 2) { id from { id } } } } }""",
        """{ search(text: "nvidia") { id relationships(direction: OUT, types: [SUPPLIES, MANUFACTURES]) { id to { id name } } } }""",
        """{ documents { id title publisher publishedOn url mentions { id } } }""",
        """{ document(id: "doc-reuters-2025-01-23-bytedance-ai-capex") { title mentions { id kind } } }""",
        """{ entity(id: "no-such-entity") { id } }""",
        """{ neighborhood(id: "no-such-entity") { truncated } }""",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Both_stores_answer_alike(string query)
    {
        var target = await Neo4jTestServer.RequireAsync();
        using var embedded = new WebApplicationFactory<Program>();
        using var neo4j = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("GraphExplorer:Store", "Neo4j")
            .UseSetting("GraphExplorer:Neo4j:Uri", target.Uri)
            .UseSetting("GraphExplorer:Neo4j:User", target.User)
            .UseSetting("GraphExplorer:Neo4j:Password", target.Password));

        var expected = await AskAsync(embedded, query);
        var actual = await AskAsync(neo4j, query);

        JsonNode.DeepEquals(actual, expected).ShouldBeTrue($"embedded: {expected.ToJsonString()}\nneo4j:    {actual.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Each_query_is_answered_by_the_embedded_store(string query)
    {
        using var embedded = new WebApplicationFactory<Program>();

        var answer = await AskAsync(embedded, query);

        if (query.Contains("neighborhood(id: \"no-such-entity\")", StringComparison.Ordinal))
        {
            answer["errors"].ShouldNotBeNull(answer.ToJsonString());
            return;
        }

        answer["data"].ShouldNotBeNull(answer.ToJsonString());
        answer["errors"].ShouldBeNull(answer.ToJsonString());
    }

    private static async Task<JsonNode> AskAsync(WebApplicationFactory<Program> api, string query)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query }, TestContext.Current.CancellationToken);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        foreach (var error in answer["errors"]?.AsArray() ?? [])
        {
            // The request id differs between two servers; everything else must match.
            error!.AsObject().Remove("extensions");
        }

        return answer;
    }
}
