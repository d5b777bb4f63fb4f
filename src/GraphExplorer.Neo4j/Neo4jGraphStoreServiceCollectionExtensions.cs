using GraphExplorer.Core.Store;
using GraphExplorer.Neo4j;

namespace Microsoft.Extensions.DependencyInjection;

public static class Neo4jGraphStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Neo4jGraphStore"/> as the <see cref="IGraphStore"/>, over the Query API client of
    /// <c>AddNeo4jQueryClient</c> (settings under <c>GraphExplorer:Neo4j</c>, validated at start). Returns the
    /// client's HttpClient builder so a test can replace the network.
    /// </summary>
    public static IHttpClientBuilder AddNeo4jGraphStore(this IServiceCollection services)
    {
        var http = services.AddNeo4jQueryClient();
        services.AddTransient<Neo4jGraphStore>(); // Transient: the typed HttpClient it holds must not outlive its handler rotation.
        services.AddTransient<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        return http;
    }
}
