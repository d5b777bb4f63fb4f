using System.Globalization;
using System.Text.Json;

namespace GraphExplorer.Neo4j.Testing;

/// <summary>
/// What the server accepts as a parameter value sent as typed JSON (<c>Content-Type: application/vnd.neo4j.query</c>).
/// Source: neo4j/neo4j <c>community/server/src/main/java/org/neo4j/server/queryapi/request/ValueDeserializer.java</c>
/// (read by <c>ParameterDeserializer</c>): the first field must be <c>$type</c> and the next <c>_value</c>, or it
/// throws "Expected a typed value." / "Expecting field _value"; an unknown <c>$type</c> fails
/// <c>CypherTypes.valueOf</c>. Field order stopped mattering only in 2026.08 (docs-query-api changelog: "Remove the
/// need for submitting the fields in order"). The shape of each type's <c>_value</c> (integers and floats as
/// strings) is neo4j/docs-query-api <c>modules/ROOT/pages/result-formats.adoc</c>. Every failure is answered 400
/// "Bad Request" (the reader throws BadRequestException).
/// </summary>
internal static class TypedValueRules
{
    private static readonly HashSet<string> s_stringTypes = new(StringComparer.Ordinal)
    {
        "String", "Base64", "Date", "Time", "LocalTime", "OffsetDateTime", "ZonedDateTime", "LocalDateTime", "Duration", "Point",
    };

    /// <summary>Why <paramref name="value"/> is not a typed value the server reads, or null when it is one.</summary>
    public static string? Check(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null; // A bare JSON null is read as NullValue.
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return $"{path} is a bare {value.ValueKind}; typed JSON needs {{\"$type\": …, \"_value\": …}}";
        }

        var fields = value.EnumerateObject().ToList();
        if (fields.Count == 0 || fields[0].Name != "$type")
        {
            return $"{path}: the first field must be $type (\"Expected a typed value.\")";
        }

        if (fields.Count < 2 || fields[1].Name != "_value")
        {
            return $"{path}: $type must be followed by _value (\"Expecting field _value\")";
        }

        if (fields.Count > 2)
        {
            return $"{path}: a typed value has only $type and _value; it also has '{fields[2].Name}'";
        }

        if (fields[0].Value.ValueKind != JsonValueKind.String)
        {
            return $"{path}: $type must be a string";
        }

        var type = fields[0].Value.GetString()!;
        var inner = fields[1].Value;
        return type switch
        {
            "Null" => inner.ValueKind == JsonValueKind.Null ? null : $"{path}: a Null has _value null",
            "Boolean" => inner.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : $"{path}: a Boolean's _value is true or false",
            "Integer" => inner.ValueKind == JsonValueKind.String && long.TryParse(inner.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? null
                : $"{path}: an Integer's _value is a string of digits, such as \"123\"",
            "Float" => inner.ValueKind == JsonValueKind.String && IsFloat(inner.GetString()!)
                ? null
                : $"{path}: a Float's _value is a string, such as \"4.56\"",
            "List" => inner.ValueKind == JsonValueKind.Array
                ? inner.EnumerateArray().Select((item, i) => Check(item, $"{path}[{i}]")).FirstOrDefault(e => e is not null)
                : $"{path}: a List's _value is an array",
            "Map" => inner.ValueKind == JsonValueKind.Object
                ? inner.EnumerateObject().Select(p => Check(p.Value, $"{path}.{p.Name}")).FirstOrDefault(e => e is not null)
                : $"{path}: a Map's _value is an object",
            _ when s_stringTypes.Contains(type) => inner.ValueKind == JsonValueKind.String ? null : $"{path}: a {type}'s _value is a string",
            _ => $"{path}: unknown $type '{type}' (CypherTypes.valueOf fails)",
        };
    }

    private static bool IsFloat(string text) =>
        text is "NaN" or "Infinity" or "-Infinity" ||
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
