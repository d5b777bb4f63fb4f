using GraphExplorer.Api.Http;

using GraphQL;
using GraphQL.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphExplorer.Api.Telemetry;

public static class GraphExplorerTelemetryExtensions
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// OpenTelemetry traces (ASP.NET Core, HttpClient, GraphQL.NET) and metrics (the same plus
    /// <see cref="GraphQLMetrics"/>), exported over OTLP when an endpoint is configured; without one, no provider runs.
    /// </summary>
    public static WebApplicationBuilder AddGraphExplorerTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName);
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new();
        var endpoint = !string.IsNullOrWhiteSpace(options.OtlpEndpoint)
            ? options.OtlpEndpoint
            : builder.Configuration[OtlpEndpointVariable];
        var export = Uri.TryCreate(endpoint, UriKind.Absolute, out var otlpEndpoint);

        // The activities and instruments are there either way, for any listener (dotnet-counters, dotnet-trace, a test).
        services.AddGraphQL(graphQL => graphQL.UseTelemetry());
        if (!export)
        {
            // With nowhere to send them, providers would still build a span and aggregate every measurement of every request.
            return builder;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource(GraphQLTelemetryProvider.SourceName)
                .AddOtlpExporter(otlp => otlp.Endpoint = otlpEndpoint!))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter(GraphQLMetrics.MeterName)
                .AddOtlpExporter(otlp => otlp.Endpoint = otlpEndpoint!));
        return builder;
    }
}
