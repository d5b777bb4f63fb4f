using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Http;

public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint at <paramref name="pattern"/> (GET for queries, POST for everything;
    /// other methods get 405) and the schema SDL at <c>{pattern}/schema.graphql</c>. Conventions added to
    /// the returned builder apply to both.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var graphQL = endpoints.Map(
                pattern,
                context => context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context))
            .WithDisplayName("GraphQL over HTTP");

        var sdl = endpoints.MapGet(
                pattern.TrimEnd('/') + "/schema.graphql",
                context => context.RequestServices.GetRequiredService<GraphQLSchemaSdlEndpoint>().HandleAsync(context))
            .WithDisplayName("GraphQL schema SDL");

        return new CompositeEndpointConventionBuilder([graphQL, sdl]);
    }
}
