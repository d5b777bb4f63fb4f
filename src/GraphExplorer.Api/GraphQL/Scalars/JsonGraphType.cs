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
        Description = "A JSON object of free-form properties; dates are ISO-8601 strings.";
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

    public override object? ParseLiteral(GraphQLValue value) =>
        throw new InvalidOperationException("JSON values are output only.");
}
