using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Writes;

/// <summary>Reads the fields of a GraphQL input object as GraphQL.NET hands them over: a dictionary by field name.</summary>
internal static class WriteInputs
{
    public static T Required<T>(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is T typed ? typed : throw new InvalidOperationException($"The input field '{name}' is missing.");

    /// <summary>An ID field: GraphQL.NET may hand an ID sent as a number over as one.</summary>
    public static string Id(IDictionary<string, object?> input, string name) =>
        OptionalId(input, name) ?? throw new InvalidOperationException($"The input field '{name}' is missing.");

    public static string? OptionalId(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public static T? Optional<T>(IDictionary<string, object?> input, string name)
        where T : class =>
        input.TryGetValue(name, out var value) ? value as T : null;

    public static TValue? OptionalValue<TValue>(IDictionary<string, object?> input, string name)
        where TValue : struct =>
        input.TryGetValue(name, out var value) && value is TValue typed ? typed : null;

    public static IReadOnlyList<string>? Strings(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object?> list ? list.Select(item => item as string ?? string.Empty).ToList() : null;

    public static IReadOnlyDictionary<string, object?>? Map(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IDictionary<string, object?> map
            ? new Dictionary<string, object?>(map, StringComparer.Ordinal)
            : null;

    public static Basis Basis(IDictionary<string, object?> input) => OptionalValue<Basis>(input, "basis") ?? Core.Model.Basis.Stated;
}
