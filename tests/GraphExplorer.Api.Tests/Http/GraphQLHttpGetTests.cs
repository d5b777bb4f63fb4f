using System.Net;

namespace GraphExplorer.Api.Tests.Http;

public sealed class GraphQLHttpGetTests : GraphQLHttpTestBase
{
    [Fact]
    public async Task A_get_executes_a_query_with_json_encoded_variables()
    {
        var response = await GetAsync(
            $"query={Encode("query D($n: Int!) { double(value: $n) }")}&variables={Encode("{\"n\":5}")}&extensions={Encode("{\"a\":1}")}");

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ContentType.ShouldBe("application/json; charset=utf-8");
        response.Errors.ShouldBeEmpty();
        response.Data.GetProperty("double").GetInt32().ShouldBe(10);
    }

    [Fact]
    public async Task A_get_honours_the_operation_name()
    {
        var response = await GetAsync(
            $"query={Encode("query A { a: hello } query B { b: hello }")}&operationName=B");

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Data.TryGetProperty("b", out _).ShouldBeTrue();
        response.Data.TryGetProperty("a", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("mutation { echo(text: \"x\") }", null)]
    [InlineData("query Q { hello } mutation M { echo(text: \"x\") }", "M")]
    [InlineData("mutation { __typename }", null)]
    public async Task A_mutation_over_get_gets_405_allowing_post(string query, string? operationName)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var operation = operationName is null ? "" : $"&operationName={operationName}";
            var response = await GetAsync($"query={Encode(query)}{operation}", accept);

            response.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
            response.Allow.ShouldBe("POST");
            response.ErrorCodes.ShouldBe(["METHOD_NOT_ALLOWED"]);
            response.HasData.ShouldBeFalse();
        }
    }

    [Fact]
    public async Task A_query_of_a_document_that_also_holds_a_mutation_runs_over_get()
    {
        var response = await GetAsync(
            $"query={Encode("query Q { hello } mutation M { echo(text: \"x\") }")}&operationName=Q");

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Data.GetProperty("hello").GetString().ShouldBe("Hello, world!");
    }

    [Theory]
    [InlineData("")]
    [InlineData("operationName=A")]
    [InlineData("query=")]
    [InlineData("query={ hello }&variables=not-json")]
    [InlineData("query={ hello }&variables=[1]")]
    [InlineData("query={ hello }&variables=\"s\"")]
    [InlineData("query={ hello }&extensions=7")]
    [InlineData("query={ hello }&query={ crash }")]
    public async Task Malformed_gets_get_400(string queryString)
    {
        var response = await GetAsync(queryString);

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorCodes.ShouldBe(["BAD_REQUEST"]);
        response.HasData.ShouldBeFalse();
    }
}
