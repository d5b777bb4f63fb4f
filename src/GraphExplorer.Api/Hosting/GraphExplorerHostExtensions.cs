using GraphExplorer.Api.GraphQL;
using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Api.Http;
using GraphExplorer.Api.Limits;
using GraphExplorer.Api.Pages;
using GraphExplorer.Api.Security;
using GraphExplorer.Api.Telemetry;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Writes;
using GraphExplorer.Embedded;
using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphExplorer.Api.Hosting;

public static class GraphExplorerHostExtensions
{
    /// <summary>Registers the configured store, the GraphQL schema and the HTTP endpoint.</summary>
    public static WebApplicationBuilder AddGraphExplorer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<GraphExplorerOptions>().BindConfiguration(GraphExplorerOptions.SectionName);

        var options = builder.Configuration.GetSection(GraphExplorerOptions.SectionName).Get<GraphExplorerOptions>() ?? new();
        if (options.Store == StoreKind.Neo4j)
        {
            services.AddNeo4jGraphStore();
        }
        else
        {
            services.AddOptions<EmbeddedStoreOptions>().BindConfiguration(GraphExplorerOptions.SectionName);
            services.AddEmbeddedGraphStore();
        }

        services.TryAddSingleton<IGraphWriter, ReadOnlyGraphWriter>();
        services.AddScoped<GraphLoaders>();
        services.AddGraphQL(graphQL => graphQL
            .AddSystemTextJson()
            .AddSchema<GraphExplorerSchema>()
            .AddGraphTypes(typeof(GraphExplorerSchema).Assembly));
        services.AddGraphQLHttp();
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.MimeTypes = ["application/json", "application/graphql-response+json", "text/plain"];
        });
        services.AddGraphExplorerHealthChecks();
        builder.AddGraphExplorerLimits();
        builder.AddGraphExplorerSecurity();
        builder.AddGraphExplorerTelemetry();
        return builder;
    }

    public static WebApplication MapGraphExplorer(this WebApplication app)
    {
        app.UseGraphExplorerSecurity();
        app.UseResponseCompression();
        app.UseGraphExplorerPages();
        app.MapGraphQLHttp("/graphql");
        app.MapGraphExplorerHealthChecks();
        return app;
    }
}
