using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Neo4j.Protocol;

/// <summary>The serializer settings of the Query API's typed JSON.</summary>
internal static class Neo4jJson
{
    /// <summary>Both request and answer use it; values then carry their Cypher type.</summary>
    public const string MediaType = "application/vnd.neo4j.query";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new TypedJsonConverter() },
    };
}
