using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Http;

public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL-over-HTTP endpoint and its options (<see cref="GraphQLHttpOptions.SectionName"/>).
    /// The schema, executer and serializer come from <c>services.AddGraphQL(b => b.AddSystemTextJson().AddSchema&lt;…&gt;())</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<GraphQLHttpOptions>().BindConfiguration(GraphQLHttpOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphQLHttpOptions>, GraphQLHttpOptionsValidator>());
        services.TryAddSingleton<GraphQLUnhandledExceptionHandler>();
        services.TryAddSingleton<GraphQLMetrics>();
        services.TryAddSingleton<PersistedQueries>();
        services.TryAddSingleton<ValidatedDocuments>();
        services.TryAddSingleton<GraphQLHttpEndpoint>();
        services.TryAddSingleton<GraphQLSchemaSdlEndpoint>();
        return services;
    }
}
