using System.Net;
using GraphQL;
using GraphQL.DI;

namespace GraphExplorer.Api.Tests.Http;

public sealed class GraphQLHttpIntrospectionOffTests : GraphQLHttpTestBase
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphExplorer:Http:EnableIntrospection"] = "false",
    };

    protected override void ConfigureGraphQL(IGraphQLBuilder graphQL) =>
        graphQL.AddComplexityAnalyzer(complexity => complexity.MaxComplexity = 3);

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Query\") { name } }")]
    [InlineData("{ hello ...F } fragment F on Query { __schema { types { name } } }")]
    public async Task Introspection_queries_are_refused(string query)
    {
        var response = await PostJsonAsync(new { query }, "application/graphql-response+json");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.HasData.ShouldBeFalse();
        response.ErrorCodes.ShouldNotBeEmpty();
        response.ErrorCodes.ShouldAllBe(code => !string.IsNullOrEmpty(code));
    }

    [Fact]
    public async Task Ordinary_queries_and_typename_still_work()
    {
        var response = await PostJsonAsync(new { query = "{ __typename hello }" });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Errors.ShouldBeEmpty();
        response.Data.GetProperty("__typename").GetString().ShouldBe("Query");
    }

    [Fact]
    public async Task Validation_rules_configured_on_the_graphql_builder_still_apply()
    {
        var response = await PostJsonAsync(
            new { query = "{ a: hello b: hello c: hello d: hello e: hello }" }, "application/graphql-response+json");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.HasData.ShouldBeFalse();
        response.ErrorMessages.ShouldHaveSingleItem().ShouldContain("complexity", Case.Insensitive);
    }

    [Fact]
    public async Task The_sdl_is_not_served()
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql/schema.graphql"));

        response.Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
