using System.Text.Json.Nodes;

namespace GraphExplorer.Api.Tests.GraphQL;

public class ErrorAndBoundTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static JsonNode SingleError(JsonObject result) => result["errors"]!.AsArray().ShouldHaveSingleItem()!;

    [Fact]
    public async Task An_unknown_id_gives_null_for_entity()
    {
        var data = await api.DataAsync("""{ entity(id: "no-such-company") { id } }""");

        data["entity"].ShouldBeNull();
    }

    [Theory]
    [InlineData("""{ neighborhood(id: "nobody") { truncated } }""")]
    [InlineData("""{ paths(from: "nobody", to: "bytedance") { length } }""")]
    [InlineData("""{ supplyChain(id: "nobody") { truncated } }""")]
    [InlineData("""{ owners(id: "nobody") { depth } }""")]
    [InlineData("""{ exposure(id: "nobody") { channel } }""")]
    public async Task An_unknown_id_in_a_traversal_is_NOT_FOUND(string query)
    {
        var error = SingleError(await api.QueryAsync(query));

        ((string)error["extensions"]!["code"]!).ShouldBe("NOT_FOUND");
        ((string)error["message"]!).ShouldContain("'nobody'");
    }

    [Theory]
    [InlineData("""{ neighborhood(id: "bytedance", depth: 5) { truncated } }""", "depth", "LIMIT_EXCEEDED")]
    [InlineData("""{ neighborhood(id: "bytedance", depth: 0) { truncated } }""", "depth", "BAD_USER_INPUT")]
    [InlineData("""{ neighborhood(id: "bytedance", limit: 100000) { truncated } }""", "limit", "LIMIT_EXCEEDED")]
    [InlineData("""{ paths(from: "nvidia", to: "tiktok", maxLength: 9) { length } }""", "maxLength", "LIMIT_EXCEEDED")]
    [InlineData("""{ paths(from: "nvidia", to: "tiktok", first: 0) { length } }""", "first", "BAD_USER_INPUT")]
    [InlineData("""{ supplyChain(id: "bytedance", maxTiers: 7) { truncated } }""", "maxTiers", "LIMIT_EXCEEDED")]
    [InlineData("""{ owners(id: "tiktok", maxDepth: 11) { depth } }""", "maxDepth", "LIMIT_EXCEEDED")]
    [InlineData("""{ exposure(id: "bytedance", maxDepth: 7) { channel } }""", "maxDepth", "LIMIT_EXCEEDED")]
    [InlineData("""{ search(text: "a", first: 501) { id } }""", "first", "LIMIT_EXCEEDED")]
    [InlineData("""{ search(text: "   ") { id } }""", "text", "BAD_USER_INPUT")]
    [InlineData("""{ entities(first: -1) { totalCount } }""", "first", "BAD_USER_INPUT")]
    [InlineData("""{ entities(after: "not-a-cursor") { totalCount } }""", "after", "BAD_USER_INPUT")]
    [InlineData("""{ entity(id: "bytedance") { relationships(first: 1001) { id } } }""", "first", "LIMIT_EXCEEDED")]
    public async Task Asking_past_a_bound_names_the_bound(string query, string argument, string code)
    {
        var error = SingleError(await api.QueryAsync(query));

        ((string)error["extensions"]!["code"]!).ShouldBe(code);
        ((string)error["message"]!).ShouldContain($"'{argument}'");
    }
}
