using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphExplorer.Api.Tests.Neo4j;

/// <summary>
/// Stands in for Neo4j's Query API: recognises each store query by the name on its first line
/// (<c>// GraphExplorer Name:</c>) and answers it from a small canned graph, in typed JSON. Traversal
/// queries get the whole graph, a superset of what the real query fetches, which the store's walk
/// handles the same way. Records the name of every query it answered.
/// </summary>
public sealed partial class FakeQueryApi : HttpMessageHandler
{
    private static readonly FakeNode[] s_nodes =
    [
        new("bytedance", "Company", "ByteDance", ["TikTok owner"], new() { ["capex2025Amount"] = 150_000_000_000L, ["capex2025Unit"] = "CNY" }),
        new("tiktok", "Product", "TikTok", [], []),
        new("nvidia", "Company", "Nvidia", [], new() { ["listed"] = true }),
        new("doc-a", "Document", "A report", [], new() { ["publishedOn"] = new DateOnly(2025, 1, 23) }),
    ];

    private static readonly FakeRelationship[] s_relationships =
    [
        new("bytedance-owns-tiktok", "OWNS", "bytedance", "tiktok", new() { ["percentage"] = 100.0 }),
        new("nvidia-supplies-bytedance", "SUPPLIES", "nvidia", "bytedance", new() { ["items"] = new List<object> { "nvidia-h20" } }),
        new("doc-a-mentions-tiktok", "MENTIONS", "doc-a", "tiktok", []),
    ];

    private readonly Lock _lock = new();
    private readonly List<string> _queries = [];

    public IReadOnlyList<string> Queries
    {
        get
        {
            lock (_lock)
            {
                return [.. _queries];
            }
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _queries.Clear();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
        var statement = body.RootElement.GetProperty("statement").GetString()!;
        var name = QueryName().Match(statement) is { Success: true } match ? match.Groups[1].Value : "?";
        lock (_lock)
        {
            _queries.Add(name);
        }

        var parameters = body.RootElement.TryGetProperty("parameters", out var p) ? p : default;
        var json = name switch
        {
            "Health" => Result(["ok"], [["{\"$type\":\"Integer\",\"_value\":\"1\"}"]]),
            "GetEntities" => Result(["n"], s_nodes.Where(n => Strings(parameters, "ids").Contains(n.Id)).Select(n => new[] { Node(n) })),
            "GetRelationships" => GetRelationships(statement, parameters),
            "CountRelationships" => CountRelationships(parameters),
            "Search" => Search(statement, parameters),
            "ListEntities" => ListEntities(statement, parameters),
            "ShortestPaths" => Result(
                ["pathCount", "relationships", "ends"],
                [["{\"$type\":\"Integer\",\"_value\":\"1\"}", List(s_relationships.Select(Relationship)), List(s_nodes.Select(Node))]]),
            "Reach" or "MixedReach" => Result(
                ["relationships", "ends"], [[List(s_relationships.Select(Relationship)), List(s_nodes.Select(Node))]]),
            _ => throw new InvalidOperationException($"The fake Query API does not know this statement: {statement}"),
        };
        return new HttpResponseMessage(HttpStatusCode.Accepted)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/vnd.neo4j.query"),
        };
    }

    private static string CountRelationships(JsonElement parameters)
    {
        var rows = new List<string[]>();
        foreach (var id in Strings(parameters, "ids").Where(id => s_nodes.Any(n => n.Id == id)))
        {
            foreach (var (outgoing, group) in s_relationships.Where(r => r.From == id).GroupBy(r => r.Type).Select(g => (true, g))
                         .Concat(s_relationships.Where(r => r.To == id).GroupBy(r => r.Type).Select(g => (false, g))))
            {
                rows.Add([String(id), String(group.Key), Value(outgoing), Integer(group.Count())]);
            }
        }

        return Result(["id", "type", "outgoing", "count"], rows);
    }

    private static string GetRelationships(string statement, JsonElement parameters)
    {
        var rows = new List<string[]>();
        foreach (var id in Strings(parameters, "ids").Where(id => s_nodes.Any(n => n.Id == id)))
        {
            var (relationships, ends) = RelationshipsOf(id, statement, parameters, "first");
            rows.Add([String(id), relationships, ends]);
        }

        return Result(["id", "relationships", "ends"], rows);
    }

    /// <summary>
    /// The relationships of one entity as the store queries select them, and the entities at their ends (itself
    /// first). The direction and types are read from the pattern the store rendered, <c>(n)&lt;-[r:OWNS|SUPPLIES]-()</c>.
    /// </summary>
    private static (string Relationships, string Ends) RelationshipsOf(string id, string statement, JsonElement parameters, string firstParameter)
    {
        var pattern = RelationshipPattern().Match(statement);
        var direction = pattern.Groups["in"].Length > 0 ? "In" : pattern.Groups["out"].Length > 0 ? "Out" : "Both";
        var types = pattern.Groups["types"].Success ? pattern.Groups["types"].Value.Split('|') : [];
        var first = int.Parse(Scalar(parameters, firstParameter)!);
        var relationships = s_relationships
            .Where(r => types.Length == 0 || types.Contains(r.Type))
            .Where(r => direction switch { "Out" => r.From == id, "In" => r.To == id, _ => r.From == id || r.To == id })
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Take(first)
            .ToList();
        var ends = relationships.SelectMany(r => new[] { r.From, r.To }).Prepend(id).Select(e => s_nodes.Single(n => n.Id == e));
        return (List(relationships.Select(Relationship)), List(ends.Select(Node)));
    }

    /// <summary>For the queries that bring a list's relationships along when <c>$withRelationships</c> is true.</summary>
    private static (string Relationships, string Ends) ListRelationshipsOf(FakeNode node, string statement, JsonElement parameters) =>
        Scalar(parameters, "withRelationships") == "true"
            ? RelationshipsOf(node.Id, statement, parameters, "relationshipsFirst")
            : (List([]), List([Node(node)]));

    private static string Search(string statement, JsonElement parameters)
    {
        var text = Scalar(parameters, "text")!;
        var rows = s_nodes
            .Select(n => (Node: n, Keys: n.Aliases.Prepend(n.Name).Select(k => k.ToLowerInvariant()).ToList()))
            .Where(m => m.Keys.Any(k => k.Contains(text, StringComparison.Ordinal)))
            .Select(m =>
            {
                var (relationships, ends) = ListRelationshipsOf(m.Node, statement, parameters);
                return new[] { Node(m.Node), Integer(m.Keys.Min(k => k == text ? 0 : k.StartsWith(text, StringComparison.Ordinal) ? 1 : k.Contains(text, StringComparison.Ordinal) ? 2 : 3)), relationships, ends };
            });
        return Result(["n", "rank", "relationships", "ends"], rows);
    }

    private static string ListEntities(string statement, JsonElement parameters)
    {
        var kind = Scalar(parameters, "kind");
        var after = Scalar(parameters, "after");
        var limit = int.Parse(Scalar(parameters, "limit")!);
        var all = s_nodes.Where(n => kind is null || n.Label == kind).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var page = all.Where(n => after is null || string.CompareOrdinal(n.Id, after) > 0).Take(limit);
        var items = page.Select(n =>
        {
            var (relationships, ends) = ListRelationshipsOf(n, statement, parameters);
            return $"{{\"$type\":\"Map\",\"_value\":{{\"node\":{Node(n)},\"relationships\":{relationships},\"ends\":{ends}}}}}";
        });
        return Result(["total", "page"], [[Integer(all.Count), List(items)]]);
    }

    private static string? Scalar(JsonElement parameters, string name) =>
        parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty(name, out var typed) &&
        typed.GetProperty("_value") is { ValueKind: not JsonValueKind.Null } value
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    private static List<string> Strings(JsonElement parameters, string name) =>
        parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty(name, out var typed) &&
        typed.GetProperty("_value") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(e => e.GetProperty("_value").GetString()!).ToList()
            : [];

    private static string Result(string[] fields, IEnumerable<string[]> rows) =>
        $"{{\"data\":{{\"fields\":{JsonSerializer.Serialize(fields)},\"values\":[{string.Join(",", rows.Select(r => "[" + string.Join(",", r) + "]"))}]}},\"bookmarks\":[\"FB:fake\"]}}";

    private static string Node(FakeNode node) =>
        $"{{\"$type\":\"Node\",\"_value\":{{\"_element_id\":\"4:fake:{node.Id}\",\"_labels\":[\"Entity\",\"{node.Label}\"],\"_properties\":{{" +
        $"\"id\":{String(node.Id)},\"name\":{String(node.Name)},\"aliases\":{List(node.Aliases.Select(String))},\"description\":{String("About " + node.Name)}" +
        string.Concat(node.Properties.Select(p => $",\"{p.Key}\":{Value(p.Value)}")) + "}}}";

    private static string Relationship(FakeRelationship r) =>
        $"{{\"$type\":\"Relationship\",\"_value\":{{\"_element_id\":\"5:fake:{r.Id}\",\"_start_node_element_id\":\"4:fake:{r.From}\"," +
        $"\"_end_node_element_id\":\"4:fake:{r.To}\",\"_type\":\"{r.Type}\",\"_properties\":{{\"id\":{String(r.Id)},\"source\":{String("doc-a")}," +
        $"\"evidence\":{String("Said so")},\"reportedOn\":{Value(new DateOnly(2025, 1, 23))}" +
        string.Concat(r.Properties.Select(p => $",\"{p.Key}\":{Value(p.Value)}")) + "}}}";

    private static string Value(object value) => value switch
    {
        string s => String(s),
        long l => Integer(l),
        double d => $"{{\"$type\":\"Float\",\"_value\":\"{d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\"}}",
        bool b => $"{{\"$type\":\"Boolean\",\"_value\":{(b ? "true" : "false")}}}",
        DateOnly d => $"{{\"$type\":\"Date\",\"_value\":\"{d:yyyy-MM-dd}\"}}",
        IEnumerable<object> list => List(list.Select(Value)),
        _ => throw new ArgumentException($"No typed JSON for {value.GetType().Name}."),
    };

    private static string String(string text) => $"{{\"$type\":\"String\",\"_value\":{JsonSerializer.Serialize(text)}}}";

    private static string Integer(long value) => $"{{\"$type\":\"Integer\",\"_value\":\"{value}\"}}";

    private static string List(IEnumerable<string> items) => $"{{\"$type\":\"List\",\"_value\":[{string.Join(",", items)}]}}";

    [GeneratedRegex(@"^// GraphExplorer (\w+):")]
    private static partial Regex QueryName();

    [GeneratedRegex(@"MATCH \(n\)(?<in><?)-\[r(?::(?<types>[A-Z_|]+))?\]-(?<out>>?)\(\)")]
    private static partial Regex RelationshipPattern();

    private sealed record FakeNode(string Id, string Label, string Name, string[] Aliases, Dictionary<string, object> Properties);

    private sealed record FakeRelationship(string Id, string Type, string From, string To, Dictionary<string, object> Properties);
}
