using System.Text.Json.Nodes;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>The commonNeighbors field: its bounds and errors (the answers themselves are in the store contract and the README).</summary>
public sealed class CommonNeighborsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<string?> ErrorCodeAsync(string query)
    {
        var answer = await api.QueryAsync(query);
        return (string?)answer["errors"]?[0]?["extensions"]?["code"];
    }

    [Theory]
    [InlineData("""{ commonNeighbors(ids: ["nvidia"]) { neighbor { id } } }""", "BAD_USER_INPUT")]
    [InlineData("""{ commonNeighbors(ids: ["a","b","c","d","e","f","g","h","i","j","k"]) { neighbor { id } } }""", "LIMIT_EXCEEDED")]
    [InlineData("""{ commonNeighbors(ids: ["nvidia", "huawei-technologies"], first: 0) { neighbor { id } } }""", "BAD_USER_INPUT")]
    [InlineData("""{ commonNeighbors(ids: ["nvidia", "huawei-technologies"], first: 100000) { neighbor { id } } }""", "LIMIT_EXCEEDED")]
    [InlineData("""{ commonNeighbors(ids: ["nvidia", "nobody"]) { neighbor { id } } }""", "NOT_FOUND")]
    public async Task Bad_arguments_get_a_coded_error(string query, string code) =>
        (await ErrorCodeAsync(query)).ShouldBe(code);

    [Fact]
    public async Task The_relationships_of_a_common_neighbor_resolve_both_ends()
    {
        var answer = await api.QueryAsync(
            """{ commonNeighbors(ids: ["nvidia", "cambricon-technologies"], direction: OUT, types: [SUPPLIES]) { neighbor { name } relationships { from { name } to { name } } } }""");

        var neighbor = answer["data"]!["commonNeighbors"]!.AsArray().ShouldHaveSingleItem()!;
        ((string?)neighbor["neighbor"]!["name"]).ShouldBe("ByteDance");
        neighbor["relationships"]!.AsArray().Select(r => (string?)r!["to"]!["name"]).Distinct().ShouldBe(["ByteDance"]);
        neighbor["relationships"]!.AsArray().Select(r => (string?)r!["from"]!["name"]).Distinct().Order().ShouldBe(["Cambricon Technologies", "Nvidia"]);
    }
}
