using System.Net;

namespace GraphExplorer.Api.Tests.Http;

public sealed class GraphQLSchemaSdlTests : GraphQLHttpTestBase
{
    [Fact]
    public async Task The_sdl_is_served_as_utf8_text()
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql/schema.graphql"));

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ContentType.ShouldBe("text/plain; charset=utf-8");
        response.Text.ShouldContain("type Query {");
        response.Text.ShouldContain("hello(name: String): String");
        response.Text.ShouldContain("type Mutation {");
        response.Text.ShouldNotContain("__Schema");
    }
}
