namespace GraphExplorer.Api.Telemetry;

/// <summary>Where traces and metrics go. Bound from <c>GraphExplorer:Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "GraphExplorer:Telemetry";

    /// <summary>
    /// OTLP collector address (e.g. <c>http://otel-collector:4317</c>). When empty, the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable is used; with neither, nothing is exported.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    public string ServiceName { get; set; } = "graphexplorer-api";
}
