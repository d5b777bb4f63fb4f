using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Neo4j.Protocol;

/// <summary>
/// Reads and writes Neo4j's typed JSON (<c>{"$type": T, "_value": v}</c>) for values declared as
/// <see cref="object"/>: result values on the way in, parameters on the way out.
/// </summary>
internal sealed class TypedJsonConverter : JsonConverter<object>
{
    private const string TypeKey = "$type";
    private const string ValueKey = "_value";

    public override bool HandleNull => true;

    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadTyped(ref reader);

    public override void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options) =>
        WriteTyped(writer, value);

    private static object? ReadTyped(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        var type = FindType(reader);
        object? value = null;
        var sawValue = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isValue = reader.ValueTextEquals(ValueKey);
            reader.Read();
            if (isValue)
            {
                value = ReadValue(ref reader, type);
                sawValue = true;
            }
            else
            {
                reader.Skip();
            }
        }

        return sawValue ? value : throw new JsonException($"A typed value of type {type} has no {ValueKey}.");
    }

    // The server writes $type first, but JSON does not promise key order: look ahead on a copy.
    private static string FindType(Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != depth + 1)
            {
                continue;
            }

            if (reader.ValueTextEquals(TypeKey))
            {
                reader.Read();
                return reader.GetString() ?? throw new JsonException("$type is null.");
            }

            reader.Read();
            reader.Skip();
        }

        throw new JsonException("A value has no $type: is the answer typed JSON (application/vnd.neo4j.query)?");
    }

    private static object? ReadValue(ref Utf8JsonReader reader, string type)
    {
        switch (type)
        {
            case "Null":
                return null;
            case "Boolean":
                return reader.GetBoolean();
            case "Integer":
                return reader.TokenType == JsonTokenType.Number
                    ? reader.GetInt64()
                    : long.Parse(reader.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            case "Float":
                return reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : ParseFloat(reader.GetString()!);
            case "String":
                return reader.GetString();
            case "Base64":
                return reader.GetBytesFromBase64();
            case "List":
                return ReadList(ref reader);
            case "Map":
                return ReadMap(ref reader);
            case "Node":
                return ReadNode(ref reader);
            case "Relationship":
                return ReadRelationship(ref reader);
            case "Path":
                return ReadPath(ref reader);
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return new Neo4jUnsupportedValue(type, JsonElement.ParseValue(ref reader));
        }

        var text = reader.GetString()!;
        return type switch
        {
            "Date" => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "LocalTime" => TimeOnly.Parse(TrimFraction(text), CultureInfo.InvariantCulture),
            "Time" => ParseTime(text),
            "LocalDateTime" => DateTime.Parse(TrimFraction(text), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "OffsetDateTime" => ParseOffsetDateTime(text),
            "ZonedDateTime" => ParseZonedDateTime(text),
            "Duration" => new Neo4jDuration(text),
            "Point" => new Neo4jPoint(text),
            _ => new Neo4jUnsupportedValue(type, JsonElement.ParseValue(ref reader)),
        };
    }

    private static List<object?> ReadList(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var list = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(ReadTyped(ref reader));
        }

        return list;
    }

    private static Dictionary<string, object?> ReadMap(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = ReadTyped(ref reader);
        }

        return map;
    }

    private static Neo4jNode ReadNode(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? elementId = null;
        List<string> labels = [];
        IReadOnlyDictionary<string, object?> properties = new Dictionary<string, object?>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "_element_id":
                    elementId = reader.GetString();
                    break;
                case "_labels":
                    labels = ReadStrings(ref reader);
                    break;
                case "_properties":
                    properties = ReadMap(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new Neo4jNode(elementId ?? throw new JsonException("A Node has no _element_id."), labels, properties);
    }

    private static Neo4jRelationship ReadRelationship(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? elementId = null, start = null, end = null, type = null;
        IReadOnlyDictionary<string, object?> properties = new Dictionary<string, object?>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "_element_id":
                    elementId = reader.GetString();
                    break;
                case "_start_node_element_id":
                    start = reader.GetString();
                    break;
                case "_end_node_element_id":
                    end = reader.GetString();
                    break;
                case "_type":
                    type = reader.GetString();
                    break;
                case "_properties":
                    properties = ReadMap(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (elementId is null || start is null || end is null || type is null)
        {
            throw new JsonException("A Relationship lacks _element_id, _start_node_element_id, _end_node_element_id or _type.");
        }

        return new Neo4jRelationship(elementId, start, end, type, properties);
    }

    private static Neo4jPath ReadPath(ref Utf8JsonReader reader)
    {
        var nodes = new List<Neo4jNode>();
        var relationships = new List<Neo4jRelationship>();
        foreach (var element in ReadList(ref reader))
        {
            switch (element)
            {
                case Neo4jNode node:
                    nodes.Add(node);
                    break;
                case Neo4jRelationship relationship:
                    relationships.Add(relationship);
                    break;
                default:
                    throw new JsonException($"A Path holds {element?.GetType().Name ?? "null"}; only nodes and relationships belong there.");
            }
        }

        return new Neo4jPath(nodes, relationships);
    }

    private static List<string> ReadStrings(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(reader.GetString()!);
        }

        return list;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type} in typed JSON, found {reader.TokenType}.");
        }
    }

    private static double ParseFloat(string text) => text switch
    {
        "NaN" or "-NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    // Neo4j keeps nanoseconds; .NET ticks are 100 ns, so digits past the seventh are dropped.
    private static string TrimFraction(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return text;
        }

        var end = dot + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - dot - 1 > 7 ? string.Concat(text.AsSpan(0, dot + 8), text.AsSpan(end)) : text;
    }

    private static Neo4jTime ParseTime(string text)
    {
        if (text.EndsWith('Z'))
        {
            return new Neo4jTime(TimeOnly.Parse(TrimFraction(text[..^1]), CultureInfo.InvariantCulture), TimeSpan.Zero);
        }

        var sign = text.LastIndexOfAny(['+', '-']);
        var time = TimeOnly.Parse(TrimFraction(text[..sign]), CultureInfo.InvariantCulture);
        var offset = TimeSpan.Parse(text[(sign + 1)..], CultureInfo.InvariantCulture);
        return new Neo4jTime(time, text[sign] == '-' ? -offset : offset);
    }

    private static DateTimeOffset ParseOffsetDateTime(string text) =>
        DateTimeOffset.Parse(TrimFraction(text), CultureInfo.InvariantCulture, DateTimeStyles.None);

    private static Neo4jZonedDateTime ParseZonedDateTime(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0
            ? new Neo4jZonedDateTime(ParseOffsetDateTime(text), null)
            : new Neo4jZonedDateTime(ParseOffsetDateTime(text[..bracket]), text[(bracket + 1)..^1]);
    }

    private static void WriteTyped(Utf8JsonWriter writer, object? value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case null:
                writer.WriteString(TypeKey, "Null");
                writer.WriteNull(ValueKey);
                break;
            case bool b:
                writer.WriteString(TypeKey, "Boolean");
                writer.WriteBoolean(ValueKey, b);
                break;
            case string or char or Guid or Enum:
                WriteText(writer, "String", value.ToString()!);
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                WriteText(writer, "Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case ulong u:
                WriteText(writer, "Integer", u <= long.MaxValue
                    ? u.ToString(CultureInfo.InvariantCulture)
                    : throw new ArgumentOutOfRangeException(nameof(value), u, "Neo4j integers are 64-bit signed."));
                break;
            case float or double or decimal:
                WriteText(writer, "Float", FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case byte[] bytes:
                writer.WriteString(TypeKey, "Base64");
                writer.WriteBase64String(ValueKey, bytes);
                break;
            case DateOnly date:
                WriteText(writer, "Date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case TimeOnly time:
                WriteText(writer, "LocalTime", time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
                break;
            case DateTime { Kind: DateTimeKind.Utc } utc:
                WriteText(writer, "OffsetDateTime", FormatOffsetDateTime(new DateTimeOffset(utc)));
                break;
            case DateTime local:
                WriteText(writer, "LocalDateTime", local.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset offset:
                WriteText(writer, "OffsetDateTime", FormatOffsetDateTime(offset));
                break;
            case Neo4jZonedDateTime zoned:
                WriteText(writer, "ZonedDateTime", FormatOffsetDateTime(zoned.DateTime) + (zoned.Zone is null ? "" : $"[{zoned.Zone}]"));
                break;
            case Neo4jTime time:
                WriteText(writer, "Time", time.Time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + FormatOffset(time.Offset));
                break;
            case Neo4jDuration duration:
                WriteText(writer, "Duration", duration.Iso8601);
                break;
            case TimeSpan span:
                WriteText(writer, "Duration", "PT" + span.TotalSeconds.ToString("0.#######", CultureInfo.InvariantCulture) + "S");
                break;
            case Neo4jPoint point:
                WriteText(writer, "Point", point.Wkt);
                break;
            case Neo4jNode or Neo4jRelationship or Neo4jPath:
                throw new ArgumentException("Neo4j does not take nodes, relationships or paths as parameters: pass their ids.", nameof(value));
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(writer, map);
                break;
            case IDictionary dictionary:
                WriteMap(writer, dictionary.Cast<DictionaryEntry>()
                    .Select(e => new KeyValuePair<string, object?>(e.Key as string
                        ?? throw new ArgumentException("Map parameters need string keys.", nameof(value)), e.Value)));
                break;
            case IEnumerable list:
                writer.WriteString(TypeKey, "List");
                writer.WriteStartArray(ValueKey);
                foreach (var item in list)
                {
                    WriteTyped(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A parameter of type {value.GetType().Name} has no Neo4j type.", nameof(value));
        }

        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteString(TypeKey, "Map");
        writer.WriteStartObject(ValueKey);
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteTyped(writer, item);
        }

        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string type, string text)
    {
        writer.WriteString(TypeKey, type);
        writer.WriteString(ValueKey, text);
    }

    private static string FormatFloat(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string FormatOffsetDateTime(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + FormatOffset(value.Offset);

    private static string FormatOffset(TimeSpan offset) =>
        offset == TimeSpan.Zero
            ? "Z"
            : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
