using System.Net;

namespace GraphExplorer.Api.Tests.Http;

public sealed class GraphQLHttpMediaTypeTests : GraphQLHttpTestBase
{
    private const string Json = "application/json; charset=utf-8";
    private const string GraphQLResponse = "application/graphql-response+json; charset=utf-8";

    [Theory]
    [InlineData(null, Json)]
    [InlineData("", Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("application/graphql-response+json;q=0, */*", Json)]
    [InlineData("text/html, application/graphql-response+json;q=0.1", GraphQLResponse)]
    [InlineData("text/html, */*;q=0.1", Json)]
    public async Task The_response_type_follows_accept(string? accept, string expected)
    {
        var response = await PostJsonAsync(new { query = "{ hello }" }, accept);

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ContentType.ShouldBe(expected);
        response.Data.GetProperty("hello").GetString().ShouldBe("Hello, world!");
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/*")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0, */*")]
    public async Task Nothing_acceptable_gets_406(string accept)
    {
        var response = await PostJsonAsync(new { query = "{ hello }" }, accept);

        response.Status.ShouldBe(HttpStatusCode.NotAcceptable);
        response.ContentType.ShouldBe(Json);
        response.ErrorCodes.ShouldBe(["NOT_ACCEPTABLE"]);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{ hello(")]
    [InlineData("{ noSuchField }")]
    [InlineData("{ hello(unknown: 1) }")]
    [InlineData("query A { hello } query B { hello }")]
    public async Task Requests_that_do_not_execute_get_400_and_no_data_with_graphql_response_json(string query)
    {
        var response = await PostJsonAsync(new { query }, "application/graphql-response+json");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ContentType.ShouldBe(GraphQLResponse);
        response.HasData.ShouldBeFalse();
        response.Errors.ShouldNotBeEmpty();
        response.ErrorCodes.ShouldAllBe(code => !string.IsNullOrEmpty(code));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{ noSuchField }")]
    public async Task Requests_that_do_not_execute_get_200_and_no_data_with_json(string query)
    {
        var response = await PostJsonAsync(new { query }, "application/json");

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.HasData.ShouldBeFalse();
        response.Errors.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.OK)]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    public async Task A_variable_coercion_failure_follows_the_media_type(string accept, HttpStatusCode expected)
    {
        var response = await PostAsync(
            """{"query":"query D($n: Int!) { double(value: $n) }","variables":{"n":"not a number"}}""", accept: accept);

        response.Status.ShouldBe(expected);
        response.HasData.ShouldBeFalse();
        response.Errors.ShouldHaveSingleItem();
        response.ErrorCodes.Single().ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task An_executed_request_with_field_errors_gets_200_and_data(string accept)
    {
        var response = await PostJsonAsync(new { query = "{ hello crash }" }, accept);

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Data.GetProperty("hello").GetString().ShouldBe("Hello, world!");
        response.Errors.ShouldHaveSingleItem();
    }
}
