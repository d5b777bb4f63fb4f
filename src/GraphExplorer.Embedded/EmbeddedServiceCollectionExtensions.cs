using GraphExplorer.Core.Store;
using GraphExplorer.Embedded;

namespace Microsoft.Extensions.DependencyInjection;

public static class EmbeddedServiceCollectionExtensions
{
    /// <summary>
    /// Registers the in-memory store, loaded at start from <see cref="EmbeddedStoreOptions.BulkCsvFolder"/> when set, else
    /// <see cref="EmbeddedStoreOptions.SeedDirectory"/> (the host binds the options).
    /// </summary>
    public static IServiceCollection AddEmbeddedGraphStore(this IServiceCollection services)
    {
        services.AddSingleton<EmbeddedGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<EmbeddedGraphStore>());
        services.AddHostedService<SeedGraphLoader>();
        return services;
    }
}
