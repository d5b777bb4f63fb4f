using System.Net;
using GraphExplorer.Api.Security;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>With no credential configured, nobody may write.</summary>
public sealed class GraphQLReadOnlyByDefaultTests : GraphQLHttpTestBase
{
    protected override void ConfigureServices(IServiceCollection services) => services.AddGraphQLWriteGate();

    [Theory]
    [InlineData(null, null, HttpStatusCode.Unauthorized)]
    [InlineData("X-Api-Key", "any-key-at-all-0123456789", HttpStatusCode.Forbidden)]
    [InlineData("Authorization", "Bearer any-token-at-all-0123456789", HttpStatusCode.Forbidden)]
    [InlineData("X-Api-Key", "", HttpStatusCode.Unauthorized)]
    public async Task Every_mutation_is_refused(string? header, string? value, HttpStatusCode status)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"mutation { echo(text: \"hi\") }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        var response = await SendAsync(request);

        response.Status.ShouldBe(status);
        response.HasData.ShouldBeFalse();
    }
}
