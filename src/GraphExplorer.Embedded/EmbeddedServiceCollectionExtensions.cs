using GraphExplorer.Core.Store;
using GraphExplorer.Core.Writes;
using GraphExplorer.Embedded;
using GraphExplorer.Embedded.Writes;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EmbeddedGraphWriter>();
        services.AddSingleton<IGraphWriter>(sp => sp.GetRequiredService<EmbeddedGraphWriter>());
        services.AddHostedService<SeedGraphLoader>();
        return services;
    }
}
