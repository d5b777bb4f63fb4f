using GraphExplorer.Core.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphExplorer.Api.Hosting;

/// <summary>Ready when the configured store can answer now (the embedded store once loaded, Neo4j when it answers a read).</summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await store.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object> { ["store"] = health.Store };
        return health.IsReady
            ? HealthCheckResult.Healthy(health.Description, data)
            : HealthCheckResult.Unhealthy(health.Description, data: data);
    }
}
