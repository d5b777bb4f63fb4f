using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GraphExplorer.Api.Http;

/// <summary>
/// Request duration and error counts per GraphQL operation, on the meter <see cref="MeterName"/>.
/// Operation names come from clients, so only the first <see cref="MaxOperationNames"/> distinct ones
/// become tag values; later ones are counted under <c>other</c>, which keeps the metric's size bounded.
/// </summary>
public sealed class GraphQLMetrics
{
    public const string MeterName = "GraphExplorer.Api";
    public const string DurationInstrument = "graphexplorer.graphql.request.duration";
    public const string ErrorsInstrument = "graphexplorer.graphql.request.errors";
    public const string OperationTag = "graphql.operation.name";
    public const string CodeTag = "error.code";
    public const int MaxOperationNames = 200;

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;
    private readonly ConcurrentDictionary<string, byte> _operationNames = new(StringComparer.Ordinal);

    public GraphQLMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _duration = meter.CreateHistogram<double>(
            DurationInstrument, unit: "s", description: "Time from reading a GraphQL request to writing its answer.");
        _errors = meter.CreateCounter<long>(
            ErrorsInstrument, unit: "{error}", description: "GraphQL errors answered, by operation and extensions.code.");
    }

    public void Record(string? operationName, TimeSpan elapsed, IEnumerable<string> errorCodes)
    {
        var operation = new KeyValuePair<string, object?>(OperationTag, TagFor(operationName));
        _duration.Record(elapsed.TotalSeconds, operation);
        foreach (var code in errorCodes)
        {
            _errors.Add(1, operation, new KeyValuePair<string, object?>(CodeTag, code));
        }
    }

    public static TimeSpan Since(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp);

    private string TagFor(string? operationName)
    {
        if (string.IsNullOrEmpty(operationName))
        {
            return "anonymous";
        }

        if (_operationNames.ContainsKey(operationName))
        {
            return operationName;
        }

        if (_operationNames.Count < MaxOperationNames && IsGraphQLName(operationName))
        {
            _operationNames.TryAdd(operationName, 0);
            return operationName;
        }

        return "other";
    }

    private static bool IsGraphQLName(string name) =>
        name.Length <= 100
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
