using System.Net;
using GraphExplorer.Api.Security;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>The write gate on the tiny schema, which has a mutation: only configured credentials may run it.</summary>
public sealed class GraphQLWriteGateTests : GraphQLHttpTestBase
{
    private const string ApiKey = "test-api-key-0123456789";
    private const string BearerToken = "test-bearer-token-0123456789";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphExplorer:Security:ApiKeys:0"] = "another-api-key-0123456789",
        ["GraphExplorer:Security:ApiKeys:1"] = ApiKey,
        ["GraphExplorer:Security:BearerTokens:0"] = BearerToken,
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddGraphQLWriteGate();

    private Task<GraphQLHttpResponse> MutateAsync(string? header = null, string? value = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"mutation { echo(text: \"hi\") }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        return SendAsync(request);
    }

    [Fact]
    public async Task A_mutation_without_a_credential_gets_401()
    {
        var response = await MutateAsync();

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
        response.Header("WWW-Authenticate").ShouldBe("Bearer");
        response.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
        response.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task A_mutation_in_a_batch_needs_the_credential_too_while_the_queries_beside_it_run()
    {
        var response = await PostAsync("""[{"query":"{ hello }"},{"query":"mutation { echo(text: \"hi\") }"}]""");

        response.Status.ShouldBe(HttpStatusCode.OK);
        var results = response.Json.EnumerateArray().ToList();
        results[0].GetProperty("data").GetProperty("hello").GetString().ShouldBe("Hello, world!");
        results[1].TryGetProperty("data", out _).ShouldBeFalse();
        results[1].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("UNAUTHENTICATED");
    }

    [Theory]
    [InlineData("X-Api-Key", "wrong-key")]
    [InlineData("X-Api-Key", "test-api-key-012345678")]
    [InlineData("X-Api-Key", "test-api-key-01234567890")]
    [InlineData("X-Api-Key", BearerToken)]
    [InlineData("Authorization", "Bearer wrong-token")]
    [InlineData("Authorization", "Bearer " + ApiKey)]
    public async Task A_mutation_with_a_wrong_credential_gets_403(string header, string value)
    {
        var response = await MutateAsync(header, value);

        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        response.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        response.Text.ShouldNotContain(value);
    }

    [Theory]
    [InlineData("X-Api-Key", ApiKey)]
    [InlineData("X-Api-Key", "another-api-key-0123456789")]
    [InlineData("Authorization", "Bearer " + BearerToken)]
    [InlineData("Authorization", "bearer " + BearerToken)]
    public async Task A_mutation_with_a_configured_credential_runs(string header, string value)
    {
        var response = await MutateAsync(header, value);

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Data.GetProperty("echo").GetString().ShouldBe("hi");
    }

    [Fact]
    public async Task Queries_need_no_credential()
    {
        var response = await PostJsonAsync(new { query = "query Q { hello } mutation M { echo(text: \"x\") }", operationName = "Q" });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Data.GetProperty("hello").GetString().ShouldBe("Hello, world!");
    }

    [Fact]
    public async Task The_mutation_an_operation_name_selects_is_gated()
    {
        var response = await PostJsonAsync(new { query = "query Q { hello } mutation M { echo(text: \"x\") }", operationName = "M" });

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
