using System.Net;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Tests.Hosting;

public sealed class QueryLimitTests : IAsyncDisposable
{
    private readonly ConfiguredApiFactory _api = new(new Dictionary<string, string?>
    {
        ["GraphExplorer:Limits:MaxDepth"] = "4",
        ["GraphExplorer:Limits:MaxComplexity"] = "100",
        ["GraphExplorer:Limits:DefaultListSize"] = "10",
        ["GraphExplorer:Limits:MaxAliases"] = "3",
        ["GraphExplorer:Limits:MaxRootFields"] = "2",
    });

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Theory]
    [InlineData("""{ entity(id: "bytedance") { relationships(first: 1) { from { relationships(first: 1) { to { id } } } } } }""", "MaxDepth", "4")]
    [InlineData("""{ search(text: "a", first: 50) { relationships(first: 2) { id } } }""", "MaxComplexity", "100")]
    [InlineData("""{ neighborhood(id: "bytedance", limit: 60) { nodes { id name } } }""", "MaxComplexity", "100")]
    [InlineData("""{ entity(id: "bytedance") { relationships { id type evidence reportedOn validFrom validTo from { id } to { id } } } }""", "MaxComplexity", "100")]
    [InlineData("""{ entity(id: "bytedance") { a: id b: id c: id d: id } }""", "MaxAliases", "3")]
    [InlineData("""{ a: entity(id: "x") { id } b: entity(id: "y") { id } c: entity(id: "z") { id } }""", "MaxRootFields", "2")]
    [InlineData("""{ ...A } fragment A on Query { documents { id } ...B } fragment B on Query { entity(id: "x") { id } search(text: "x") { id } }""", "MaxRootFields", "2")]
    public async Task A_document_past_a_limit_is_refused_before_execution_naming_the_limit(string query, string setting, string value)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var response = await _api.PostJsonAsync(new { query }, request => request.Headers.Add("Accept", accept));

            response.Status.ShouldBe(accept == "application/json" ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
            response.HasData.ShouldBeFalse();
            response.ErrorCodes.ShouldBe(["LIMIT_EXCEEDED"]);
            response.ErrorMessages[0].ShouldContain($"GraphExplorer:Limits:{setting}");
            response.ErrorMessages[0].ShouldContain($"limit is {value}");
        }
    }

    [Theory]
    [InlineData("""{ search(text: "a", first: 5) { relationships(first: 2) { id } } }""")]
    [InlineData("""{ neighborhood(id: "bytedance", limit: 20) { nodes { id } edges { id } } }""")]
    [InlineData("""{ a: entity(id: "bytedance") { id } b: entity(id: "tiktok") { id } }""")]
    public async Task A_document_within_the_limits_runs(string query)
    {
        var response = await _api.PostJsonAsync(new { query });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task List_sizes_given_as_variables_count_too()
    {
        const string query = "query Q($n: Int) { search(text: \"a\", first: $n) { relationships(first: 2) { id } } }";

        var small = await _api.PostJsonAsync(new { query, variables = new { n = 5 } });
        var large = await _api.PostJsonAsync(new { query, variables = new { n = 50 } });

        small.Errors.ShouldBeEmpty();
        large.ErrorCodes.ShouldBe(["LIMIT_EXCEEDED"]);
    }

    [Theory]
    [InlineData("GraphExplorer:Limits:MaxDepth", "0")]
    [InlineData("GraphExplorer:Limits:MaxComplexity", "-5")]
    [InlineData("GraphExplorer:Limits:MaxAliases", "0")]
    [InlineData("GraphExplorer:Limits:MaxRootFields", "0")]
    [InlineData("GraphExplorer:Limits:DefaultListSize", "0")]
    public async Task A_limit_that_is_not_positive_stops_the_start(string key, string value)
    {
        var failure = await ApplicationStart.FailureAsync(new Dictionary<string, string?> { [key] = value });

        failure.Message.ShouldContain(key);
    }
}
