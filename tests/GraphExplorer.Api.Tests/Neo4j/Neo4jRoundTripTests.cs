using System.Net.Http.Json;
using System.Text.Json;

namespace GraphExplorer.Api.Tests.Neo4j;

/// <summary>
/// What representative GraphQL requests cost in Neo4j round-trips. Each root field is one store call
/// (the relationships of the entity or entities it returns come in that same call); a deeper
/// relationship level is one more call for all its entities together; ends of relationships and nodes
/// of traversals come with the answer that carried them.
/// </summary>
public sealed class Neo4jRoundTripTests(Neo4jApiFactory factory) : IClassFixture<Neo4jApiFactory>
{
    public static TheoryData<string, string, string[]> Requests() => new()
    {
        {
            "entity with its relationships and both ends",
            """{ entity(id: "bytedance") { id name relationships { id type from { id name } to { id name kind } } } }""",
            ["GetRelationships"]
        },
        {
            "entity with relationships asked through variables and an inline fragment",
            """query($d: Direction, $t: [RelationshipType!]) { entity(id: "bytedance") { ... on Company { relationships(direction: $d, types: $t, first: 5) { id to { name } } } } }""",
            ["GetRelationships"]
        },
        {
            "entity with relationships of its relationships' ends",
            """{ entity(id: "bytedance") { relationships(direction: OUT) { to { relationships(first: 2) { id } } } } }""",
            ["GetRelationships", "GetRelationships"]
        },
        {
            "neighborhood with nodes, edges and their ends",
            """{ neighborhood(id: "bytedance", depth: 2) { nodes { id name } edges { id from { id name } to { id name } } truncated } }""",
            ["Reach"]
        },
        {
            "search with relationships",
            """{ search(text: "t") { id relationships(direction: OUT) { id to { id name } } } }""",
            ["Search"]
        },
        {
            "two root fields",
            """{ a: entity(id: "tiktok") { id name } b: search(text: "nvidia") { id name } }""",
            ["GetEntities", "Search"]
        },
        {
            "paths, supply chain and owners",
            """{ paths(from: "nvidia", to: "tiktok") { nodes { id } relationships { id } } supplyChain(id: "bytedance", direction: UPSTREAM) { tiers { entities { id } } } owners(id: "tiktok") { owner { id } } }""",
            ["ShortestPaths", "Reach", "Reach"]
        },
        {
            "common neighbors with both ends of their relationships",
            """{ commonNeighbors(ids: ["bytedance", "nvidia"]) { neighbor { id name } relationships { id from { name } to { name } } } }""",
            ["Reach"]
        },
        {
            "neighborhood with the relationship counts of its nodes: one more call for all of them",
            """{ neighborhood(id: "bytedance", depth: 2) { nodes { id relationshipCounts { type direction count } } } }""",
            ["Reach", "CountRelationships"]
        },
        {
            "entities page",
            """{ entities(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } } }""",
            ["ListEntities"]
        },
        {
            "documents with what each mentions",
            """{ documents { id title mentions { id name } } }""",
            ["ListEntities"]
        },
        {
            "a document with what it mentions",
            """{ document(id: "doc-a") { title mentions { id kind } } }""",
            ["GetRelationships"]
        },
        {
            "an entity with the documents that mention it",
            """{ entity(id: "tiktok") { name sources { id title } } }""",
            ["GetRelationships"]
        },
        {
            "entities page with the relationships of its nodes",
            """{ entities(first: 3) { nodes { id relationships(direction: IN) { id from { name } } } } }""",
            ["ListEntities"]
        },
        {
            "relationships of a search's results' ends: one more call for that whole level",
            """{ search(text: "bytedance") { relationships { to { relationships(first: 2) { id } } } } }""",
            ["Search", "GetRelationships"]
        },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_request_costs_one_round_trip_per_root_field_and_one_per_relationship_level(
        string what, string query, string[] expectedQueries)
    {
        var client = factory.CreateClient();
        factory.Neo4j.Clear();
        var before = factory.RoundTrips.Total;

        var response = await client.PostAsJsonAsync("/graphql", new { query }, TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        body.TryGetProperty("errors", out var errors).ShouldBeFalse($"{what}: {errors}");
        factory.Neo4j.Queries.Order().ShouldBe(expectedQueries.Order(), what);
        (factory.RoundTrips.Total - before).ShouldBe(expectedQueries.Length, what);
        factory.QueryApi.Refusals.ShouldBeEmpty(what);
    }

    [Fact]
    public async Task A_page_and_the_relationships_of_its_entities_are_one_round_trip()
    {
        var client = factory.CreateClient();
        factory.Neo4j.Clear();

        var response = await client.PostAsJsonAsync(
            "/graphql",
            new { query = """{ entities(first: 10) { edges { node { id relationships { id from { name } to { name } } } } } }""" },
            TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        text.ShouldContain("bytedance-owns-tiktok");
        factory.Neo4j.Queries.ShouldBe(["ListEntities"]);
    }

    [Fact]
    public async Task Answers_carry_the_values_Neo4j_sent()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync(
            "/graphql",
            new { query = """{ entity(id: "bytedance") { kind aliases properties relationships(direction: IN) { type reportedOn properties from { id } } } }""" },
            TestContext.Current.CancellationToken);
        var entity = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .RootElement.GetProperty("data").GetProperty("entity");

        entity.GetProperty("kind").GetString().ShouldBe("COMPANY");
        entity.GetProperty("aliases")[0].GetString().ShouldBe("TikTok owner");
        entity.GetProperty("properties").GetProperty("capex2025Amount").GetInt64().ShouldBe(150_000_000_000L);
        var supplies = entity.GetProperty("relationships")[0];
        supplies.GetProperty("type").GetString().ShouldBe("SUPPLIES");
        supplies.GetProperty("reportedOn").GetString().ShouldBe("2025-01-23");
        supplies.GetProperty("from").GetProperty("id").GetString().ShouldBe("nvidia");
        supplies.GetProperty("properties").GetProperty("items")[0].GetString().ShouldBe("nvidia-h20");
    }

    [Fact]
    public async Task Ready_reports_the_Neo4j_store()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.IsSuccessStatusCode.ShouldBeTrue(text);
        text.ShouldContain("Neo4j");
        (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).IsSuccessStatusCode.ShouldBeTrue();
    }
}
