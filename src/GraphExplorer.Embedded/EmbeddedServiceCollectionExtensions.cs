using GraphExplorer.Core.Store;
using GraphExplorer.Embedded;

namespace Microsoft.Extensions.DependencyInjection;

public static class EmbeddedServiceCollectionExtensions
{
    /// <summary>Registers the in-memory store, loaded at start from <c>GraphExplorer:BulkCsvFolder</c> when set, else <c>GraphExplorer:SeedDirectory</c>.</summary>
    public static IServiceCollection AddEmbeddedGraphStore(this IServiceCollection services)
    {
        services.AddSingleton<EmbeddedGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<EmbeddedGraphStore>());
        services.AddHostedService<SeedGraphLoader>();
        return services;
    }
}
