using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphExplorer.Api.GraphQL.Scalars;

/// <summary>
/// The <c>JSON</c> scalar for free-form properties: an object whose values are strings,
/// numbers, booleans, ISO-8601 dates or lists of those, with keys in a stable order.
/// </summary>
public sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "A JSON object of free-form properties; dates are ISO-8601 strings. As input: strings, numbers, booleans and lists of those.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => Serialize(p.Value)),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string or bool or long or int or double => value,
        IEnumerable<object?> list => list.Select(Serialize).ToList(),
        _ => value.ToString(),
    };

    public override object? ParseValue(object? value) => value;

    /// <summary>An input object written in the query itself (<c>properties: {percentage: 20}</c>), as plain values.</summary>
    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => (string)text.Value,
        GraphQLBooleanValue flag => flag.BoolValue,
        GraphQLIntValue number => long.TryParse(number.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? whole
            : ThrowLiteralConversionError(value, "An integer in JSON must fit in 64 bits."),
        GraphQLFloatValue number => double.Parse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        GraphQLListValue list => list.Values?.Select(ParseLiteral).ToList() ?? [],
        GraphQLObjectValue map => map.Fields?.ToDictionary(f => (string)f.Name.Value, f => ParseLiteral(f.Value), StringComparer.Ordinal)
            ?? new Dictionary<string, object?>(StringComparer.Ordinal),
        _ => ThrowLiteralConversionError(value),
    };
}
