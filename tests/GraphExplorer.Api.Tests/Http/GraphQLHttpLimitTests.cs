using System.Net;
using System.Text;
using System.Text.Json;

namespace GraphExplorer.Api.Tests.Http;

public sealed class GraphQLHttpLimitTests : GraphQLHttpTestBase
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphExplorer:Http:MaxRequestBodyBytes"] = "2000",
        ["GraphExplorer:Http:MaxVariablesBytes"] = "100",
        ["GraphExplorer:Http:MaxQueryLength"] = "500",
        ["GraphExplorer:Http:ExecutionTimeout"] = "00:00:03",
    };

    [Fact]
    public async Task A_body_over_the_limit_gets_413_naming_the_limit()
    {
        var response = await PostJsonAsync(new { query = "{ hello }", extensions = new { padding = new string('x', 3000) } });

        response.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.ErrorCodes.ShouldBe(["LIMIT_EXCEEDED"]);
        response.ErrorMessages[0].ShouldContain("MaxRequestBodyBytes");
    }

    [Fact]
    public async Task A_body_without_content_length_is_cut_off_at_the_limit()
    {
        var body = JsonSerializer.Serialize(new { query = "{ hello }", extensions = new { padding = new string('x', 3000) } });
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await SendAsync(request);

        response.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.ErrorCodes.ShouldBe(["LIMIT_EXCEEDED"]);
    }

    [Fact]
    public async Task A_body_within_the_limit_is_served()
    {
        var response = await PostJsonAsync(new { query = "{ hello }", extensions = new { padding = new string('x', 1500) } });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Variables_over_the_limit_get_400_naming_the_limit()
    {
        var variables = new { n = 1, padding = new string('x', 200) };
        var post = await PostJsonAsync(new { query = "query D($n: Int!) { double(value: $n) }", variables });
        var get = await GetAsync(
            $"query={Encode("query D($n: Int!) { double(value: $n) }")}&variables={Encode(JsonSerializer.Serialize(variables))}");

        foreach (var response in new[] { post, get })
        {
            response.Status.ShouldBe(HttpStatusCode.BadRequest);
            response.ErrorCodes.ShouldBe(["LIMIT_EXCEEDED"]);
            response.ErrorMessages[0].ShouldContain("MaxVariablesBytes");
        }
    }

    [Fact]
    public async Task A_query_over_the_length_limit_gets_400_naming_the_limit()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 100).Select(i => $"a{i}: hello")) + " }";

        var response = await PostJsonAsync(new { query });

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorCodes.ShouldBe(["LIMIT_EXCEEDED"]);
        response.ErrorMessages[0].ShouldContain("MaxQueryLength");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task Execution_past_the_timeout_is_cancelled_with_a_timeout_error(string accept)
    {
        var response = await PostJsonAsync(new { query = "{ slow }" }, accept);

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ErrorCodes.ShouldBe(["TIMEOUT"]);
        response.ErrorMessages[0].ShouldContain("ExecutionTimeout");
        response.Data.ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Introspection_is_on_by_default()
    {
        var response = await PostJsonAsync(new { query = "{ __schema { queryType { name } } }" });

        response.Errors.ShouldBeEmpty();
        response.Data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString().ShouldBe("Query");
    }
}
