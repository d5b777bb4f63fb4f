using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphExplorer.Api.Http;

namespace GraphExplorer.Api.Tests.Hosting;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Duration_and_errors_are_recorded_per_operation()
    {
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GraphQLMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, ToDictionary(tags))));
        listener.Start();
        await using var api = new ConfiguredApiFactory();

        await api.PostJsonAsync(new { query = "query MetricsProbeOk { entity(id: \"bytedance\") { id } }" });
        await api.PostJsonAsync(new { query = "query MetricsProbeMissing { neighborhood(id: \"nobody\") { truncated } }" });

        measurements.ShouldContain(m => m.Instrument == GraphQLMetrics.DurationInstrument
            && Equals(m.Tags[GraphQLMetrics.OperationTag], "MetricsProbeOk") && m.Value > 0);
        measurements.ShouldContain(m => m.Instrument == GraphQLMetrics.DurationInstrument
            && Equals(m.Tags[GraphQLMetrics.OperationTag], "MetricsProbeMissing"));
        measurements.ShouldContain(m => m.Instrument == GraphQLMetrics.ErrorsInstrument
            && Equals(m.Tags[GraphQLMetrics.OperationTag], "MetricsProbeMissing")
            && Equals(m.Tags[GraphQLMetrics.CodeTag], "NOT_FOUND") && m.Value == 1);
        measurements.ShouldNotContain(m => m.Instrument == GraphQLMetrics.ErrorsInstrument
            && Equals(m.Tags[GraphQLMetrics.OperationTag], "MetricsProbeOk"));
    }

    [Fact]
    public async Task GraphQL_execution_is_traced()
    {
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "GraphQL",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var api = new ConfiguredApiFactory();

        await api.PostJsonAsync(new { query = "query TracedProbe { entity(id: \"bytedance\") { id } }" });

        activities.ShouldContain(a => a.DisplayName.Contains("TracedProbe"));
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var (key, value) in tags)
        {
            result[key] = value;
        }

        return result;
    }
}
