using GraphExplorer.Core.Store;
using GraphExplorer.Embedded;

namespace Microsoft.Extensions.DependencyInjection;

public static class EmbeddedServiceCollectionExtensions
{
    /// <summary>Registers the in-memory store, loaded from <c>GraphExplorer:SeedDirectory</c> at start.</summary>
    public static IServiceCollection AddEmbeddedGraphStore(this IServiceCollection services)
    {
        services.AddSingleton<EmbeddedGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<EmbeddedGraphStore>());
        services.AddHostedService<SeedGraphLoader>();
        return services;
    }
}
