using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GraphExplorer.Api.Tests.Hostile;

/// <summary>
/// Hostile requests, generated: every string argument of the schema with odd, huge and injected text;
/// every Int argument with extreme numbers and wrong types; documents built to be expensive; and
/// broken JSON bodies. Each case has a name (the theory's argument) and a request.
/// </summary>
public static class HostileCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, HostileRequest>> All = new(Build);

    public static IReadOnlyDictionary<string, HostileRequest> ByName => All.Value;

    public static TheoryData<string> Names(string prefix) => [.. ByName.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))];

    /// <summary>The string arguments of the schema, each in a query where <c>$v</c> stands for it.</summary>
    private static readonly (string Name, string Type, string Query)[] StringArguments =
    [
        ("entity.id", "ID!", "entity(id: $v) { id name }"),
        ("document.id", "ID!", "document(id: $v) { id title }"),
        ("search.text", "String!", "search(text: $v) { id }"),
        ("neighborhood.id", "ID!", "neighborhood(id: $v) { truncated nodes { id } }"),
        ("paths.from", "ID!", "paths(from: $v, to: \"bytedance\") { length }"),
        ("paths.to", "ID!", "paths(from: \"bytedance\", to: $v) { length }"),
        ("supplyChain.id", "ID!", "supplyChain(id: $v) { truncated }"),
        ("owners.id", "ID!", "owners(id: $v) { depth }"),
        ("exposure.id", "ID!", "exposure(id: $v) { channel }"),
        ("entities.after", "String", "entities(after: $v, first: 2) { totalCount }"),
    ];

    private static readonly (string Name, string Value)[] Texts =
    [
        ("empty", ""),
        ("space", " "),
        ("whitespace", "\t\n\r "),
        ("nul", "\0"),
        ("nul-inside", "byte\0dance"),
        ("control-chars", "\u0001\u0007\u001b[31m\u007f"),
        ("lone-high-surrogate", "\uD800"),
        ("lone-low-surrogate", "\uDFFF"),
        ("surrogate-in-text", "x\uD800y"),
        ("reversed-pair", "\uDC00\uD800"),
        ("rtl-override", "\u202Ebytedance"),
        ("rtl-marks", "\u200Fbytedance\u200E"),
        ("zero-width", "byte\u200Bdance\u200D"),
        ("bom", "\uFEFFbytedance"),
        ("emoji", "🚀💥"),
        ("emoji-zwj-family", "👨‍👩‍👧‍👦"),
        ("combining-marks", "e" + new string('\u0301', 500)),
        ("fullwidth", "ｂｙｔｅｄａｎｃｅ"),
        ("upper-case", "BYTEDANCE"),
        ("padded", "  bytedance  "),
        ("turkish-i", "İı"),
        ("noncharacters", "\uFFFE\uFFFF"),
        ("private-use", "\uE000\uF8FF"),
        ("length-201", new string('a', 201)),
        ("length-10000", new string('a', 10_000)),
        ("emoji-5000", string.Concat(Enumerable.Repeat("🚀", 5_000))),
        ("cypher-quote-break", "bytedance' }) DETACH DELETE n //"),
        ("cypher-double-quote-break", "bytedance\"}) MATCH (n) DETACH DELETE n //"),
        ("cypher-or-true", "' OR 1=1 //"),
        ("cypher-escaped-quote", "\\' OR '1'='1"),
        ("cypher-backtick", "x` WITH n CALL dbms.killQueries([]) //"),
        ("cypher-parameter", "$id"),
        ("cypher-map", "{id: 'bytedance'}"),
        ("cypher-union", "bytedance RETURN n UNION MATCH (m) DETACH DELETE m"),
        ("cypher-detach-delete", "MATCH (n) DETACH DELETE n"),
        ("cypher-apoc", "CALL apoc.periodic.iterate('MATCH (n) RETURN n','DETACH DELETE n',{})"),
        ("cypher-create", "'; CREATE (:Entity {id:'pwned'}) //"),
        ("cypher-comment", "/* */ bytedance"),
        ("cypher-load-csv", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"),
        ("percent-nul", "%00"),
        ("path-traversal", "../../../../etc/passwd"),
        ("html", "<script>alert(1)</script>"),
        ("jndi", "${jndi:ldap://x}"),
        ("template", "{{7*7}}"),
        ("backslash", "\\"),
        ("quote", "\""),
        ("null-word", "null"),
        ("number-word", "-1"),
        ("valid-cursor", Convert.ToBase64String(Encoding.UTF8.GetBytes("entity:bytedance"))),
        ("cursor-empty-id", Convert.ToBase64String(Encoding.UTF8.GetBytes("entity:"))),
        ("cursor-invalid-utf8", Convert.ToBase64String([.. Encoding.UTF8.GetBytes("entity:"), 0xFF, 0xFE])),
        ("base64-padding-only", "===="),
    ];

    /// <summary>The Int arguments of the schema, each in a query where <c>$v</c> stands for it.</summary>
    private static readonly (string Name, string Query)[] IntArguments =
    [
        ("search.first", "search(text: \"a\", first: $v) { id }"),
        ("entities.first", "entities(first: $v) { totalCount }"),
        ("neighborhood.depth", "neighborhood(id: \"bytedance\", depth: $v) { truncated }"),
        ("neighborhood.limit", "neighborhood(id: \"bytedance\", limit: $v) { truncated }"),
        ("paths.maxLength", "paths(from: \"bytedance\", to: \"nvidia\", maxLength: $v) { length }"),
        ("paths.first", "paths(from: \"bytedance\", to: \"nvidia\", first: $v) { length }"),
        ("supplyChain.maxTiers", "supplyChain(id: \"bytedance\", maxTiers: $v) { truncated }"),
        ("owners.maxDepth", "owners(id: \"tiktok\", maxDepth: $v) { depth }"),
        ("exposure.maxDepth", "exposure(id: \"bytedance\", maxDepth: $v) { channel }"),
        ("relationships.first", "entity(id: \"bytedance\") { relationships(first: $v) { id } }"),
    ];

    /// <summary>JSON literals; where one is not GraphQL syntax, the inline form is a syntax error, which is fine too.</summary>
    private static readonly (string Name, string Json)[] Numbers =
    [
        ("int-max", "2147483647"),
        ("2^31", "2147483648"),
        ("int-min", "-2147483648"),
        ("below-int-min", "-2147483649"),
        ("long-max", "9223372036854775807"),
        ("2^63", "9223372036854775808"),
        ("huge", "99999999999999999999999999999999"),
        ("1e308", "1e308"),
        ("minus-one", "-1"),
        ("zero", "0"),
        ("float", "1.5"),
        ("float-whole", "1.0"),
        ("string", "\"1\""),
        ("boolean", "true"),
        ("null", "null"),
        ("list", "[1]"),
        ("object", "{\"a\":1}"),
    ];

    private static IReadOnlyDictionary<string, HostileRequest> Build()
    {
        var cases = new Dictionary<string, HostileRequest>(StringComparer.Ordinal);

        foreach (var (argument, type, selection) in StringArguments)
        {
            foreach (var (name, value) in Texts)
            {
                var literal = JsonLiteral(value);
                cases[$"string/{argument}/{name}/variable"] = Json($"query H($v: {type}) {{ {selection} }}", $"{{\"v\":{literal}}}");
                cases[$"string/{argument}/{name}/inline"] = Json("{ " + selection.Replace("$v", literal, StringComparison.Ordinal) + " }");
            }
        }

        foreach (var (argument, selection) in IntArguments)
        {
            foreach (var (name, literal) in Numbers)
            {
                cases[$"int/{argument}/{name}/variable"] = Json($"query H($v: Int) {{ {selection} }}", $"{{\"v\":{literal}}}");
                cases[$"int/{argument}/{name}/inline"] = Json("{ " + selection.Replace("$v", literal, StringComparison.Ordinal) + " }");
            }
        }

        AddWrongTypes(cases);
        AddDocuments(cases);
        AddBodies(cases);
        AddBatches(cases);
        return cases;
    }

    private static void AddWrongTypes(Dictionary<string, HostileRequest> cases)
    {
        cases["type/id-declared-as-int"] = Json("query H($v: Int!) { entity(id: $v) { id } }", "{\"v\":1}");
        cases["type/id-given-object"] = Json("query H($v: ID!) { entity(id: $v) { id } }", "{\"v\":{\"id\":\"bytedance\"}}");
        cases["type/id-given-list"] = Json("query H($v: ID!) { entity(id: $v) { id } }", "{\"v\":[\"bytedance\"]}");
        cases["type/id-given-number"] = Json("query H($v: ID!) { entity(id: $v) { id } }", "{\"v\":12345678901234567890}");
        cases["type/missing-required"] = Json("query H($v: ID!) { entity(id: $v) { id } }", "{}");
        cases["type/undeclared-variable"] = Json("{ entity(id: $nope) { id } }");
        cases["type/enum-unknown"] = Json("{ search(text: \"a\", kinds: [NOPE]) { id } }");
        cases["type/enum-as-string"] = Json("query H($v: [EntityKind!]) { search(text: \"a\", kinds: $v) { id } }", "{\"v\":[\"company\"]}");
        cases["type/enum-number"] = Json("query H($v: Direction) { neighborhood(id: \"bytedance\", direction: $v) { truncated } }", "{\"v\":1}");
        cases["type/relationship-types-null-item"] = Json("query H($v: [RelationshipType!]) { neighborhood(id: \"bytedance\", types: $v) { truncated } }", "{\"v\":[null]}");
        cases["type/relationship-types-10000"] = Json(
            "query H($v: [RelationshipType!]) { neighborhood(id: \"bytedance\", types: $v) { truncated } }",
            "{\"v\":[" + string.Join(',', Enumerable.Repeat("\"OWNS\"", 5_000)) + "]}");
        cases["type/boolean-as-string"] = Json("query H($v: Boolean) { paths(from: \"bytedance\", to: \"nvidia\", directed: $v) { length } }", "{\"v\":\"yes\"}");
        cases["type/variables-deep"] = Json(
            "query H($v: ID!) { entity(id: $v) { id } }", "{\"v\":\"x\",\"deep\":" + new string('[', 60) + new string(']', 60) + "}");
        cases["type/variables-too-deep"] = Json(
            "query H($v: ID!) { entity(id: $v) { id } }", "{\"v\":\"x\",\"deep\":" + new string('[', 200) + new string(']', 200) + "}");
        cases["type/operation-name-unknown"] = Raw("{\"query\":\"query A { documents { id } }\",\"operationName\":\"B\"}");
        cases["type/operation-name-ambiguous"] = Raw("{\"query\":\"query A { documents { id } } query B { documents { id } }\"}");
        cases["type/subscription"] = Json("subscription { documents { id } }");
        cases["type/mutation"] = Json("mutation { documents { id } }");
    }

    private static void AddDocuments(Dictionary<string, HostileRequest> cases)
    {
        foreach (var depth in new[] { 10, 13, 64, 100, 200, 1_000, 5_000 })
        {
            cases[$"document/nested-fields-{depth}"] = Json(
                "{ entity(id: \"bytedance\") " + string.Concat(Enumerable.Repeat("{ relationships(first: 1) { from ", depth)) + "{ id }"
                + new string('}', depth * 2) + " }");
            cases[$"document/nested-inline-fragments-{depth}"] = Json(
                "{ entity(id: \"bytedance\") " + string.Concat(Enumerable.Repeat("{ ... on Company ", depth)) + "{ id }"
                + new string('}', depth) + " }");
            cases[$"document/nested-list-value-{depth}"] = Json(
                "{ search(text: \"a\", kinds: " + new string('[', depth) + "COMPANY" + new string(']', depth) + ") { id } }");
            cases[$"document/nested-introspection-{depth}"] = Json(
                "{ __schema { types { " + string.Concat(Enumerable.Repeat("ofType { ", depth)) + "name" + new string('}', depth) + " } } }");
        }

        foreach (var count in new[] { 100, 101, 1_000, 1_700, 5_000 })
        {
            cases[$"document/aliases-{count}"] = Json(
                "{ entity(id: \"bytedance\") { " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}:id")) + " } }");
            cases[$"document/root-aliases-{count}"] = Json(
                "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}:documents{{id}}")) + " }");
            cases[$"document/operations-{count}"] = Raw(JsonSerializer.Serialize(new
            {
                query = string.Join(' ', Enumerable.Range(0, count).Select(i => $"query Q{i} {{ documents {{ id }} }}")),
                operationName = "Q0",
            }));
            cases[$"document/directives-{count}"] = Json(
                "{ documents " + string.Concat(Enumerable.Repeat("@include(if: true) ", count)) + "{ id } }");
            cases[$"document/variables-{count}"] = Json(
                "query H(" + string.Join(' ', Enumerable.Range(0, count).Select(i => $"$v{i}: Int"))
                + ") { documents { id } }");
            cases[$"document/repeated-fields-{count}"] = Json("{ entity(id: \"bytedance\") { " + string.Concat(Enumerable.Repeat("id ", count)) + "} }");
        }

        cases["document/fragment-self-cycle"] = Json("{ ...A } fragment A on Query { ...A }");
        cases["document/fragment-two-cycle"] = Json("{ ...A } fragment A on Query { documents { id } ...B } fragment B on Query { ...A }");
        cases["document/fragment-three-cycle"] = Json(
            "{ ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { documents { id } ...A }");
        cases["document/fragment-cycle-in-selection"] = Json(
            "{ entity(id: \"bytedance\") { ...E } } fragment E on Entity { id relationships { from { ...E } } }");
        var fan = new StringBuilder("{ ...F0 } ");
        for (var i = 0; i < 30; i++)
        {
            fan.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ");
        }

        fan.Append("fragment F30 on Query { documents { id } }");
        cases["document/fragment-fan-out-2^30"] = Json(fan.ToString());
        var fanCycle = fan.ToString().Replace("fragment F30 on Query { documents { id } }", "fragment F30 on Query { ...F0 }", StringComparison.Ordinal);
        cases["document/fragment-fan-out-cycle"] = Json(fanCycle);
        var fanEntity = new StringBuilder("{ entity(id: \"bytedance\") { ...G0 } } ");
        for (var i = 0; i < 30; i++)
        {
            fanEntity.Append(CultureInfo.InvariantCulture, $"fragment G{i} on Entity {{ ...G{i + 1} ...G{i + 1} }} ");
        }

        fanEntity.Append("fragment G30 on Entity { id }");
        cases["document/fragment-fan-out-in-selection"] = Json(fanEntity.ToString());
        cases["document/unknown-fragment"] = Json("{ ...Nope }");
        cases["document/whitespace-16000"] = Json(new string(' ', 16_000) + "{ documents { id } }");
        cases["document/comments"] = Json(string.Concat(Enumerable.Repeat("# comment\n", 1_000)) + "{ documents { id } }");
        cases["document/string-literal-15000"] = Json("{ search(text: \"" + new string('x', 15_000) + "\") { id } }");
        cases["document/block-string"] = Json("{ search(text: \"\"\"\n  byte\n  dance\n\"\"\") { id } }");
        cases["document/only-comment"] = Json("# nothing");
        cases["document/empty-selection"] = Json("{ }");
        cases["document/unterminated-string"] = Json("{ search(text: \"abc) { id } }");
        cases["document/raw-nul-in-document"] = Json("{ documents { id } }\0");
        cases["document/raw-surrogate-in-document"] = Raw("{\"query\":\"{ documents { id } } \\ud83d\"}");
        cases["document/unicode-names"] = Json("{ ëntity(id: \"x\") { id } }");
        cases["document/bom-prefix"] = Json("\uFEFF{ documents { id } }");
        cases["document/introspection-full"] = Json(
            "{ __schema { types { name fields { name args { name type { name ofType { name ofType { name } } } } type { name } } } } }");
        cases["document/typename-everywhere"] = Json("{ __typename documents { __typename id } }");
        foreach (var levels in new[] { 2, 3, 4, 8, 50 })
        {
            cases[$"document/introspection-cycle-fields-{levels}"] = Json(
                "{ __schema { types { " + string.Concat(Enumerable.Repeat("name fields { name type { ", levels)) + "name" + new string('}', levels * 2) + " } } }");
            cases[$"document/introspection-cycle-unwrapped-{levels}"] = Json(
                "{ __schema { types { " + string.Concat(Enumerable.Repeat("fields { type { ofType { ofType { ", levels)) + "name" + new string('}', levels * 4) + " } } }");
            cases[$"document/introspection-cycle-interfaces-{levels}"] = Json(
                "{ __schema { types { " + string.Concat(Enumerable.Repeat("possibleTypes { interfaces { ", levels)) + "name" + new string('}', levels * 2) + " } } }");
            cases[$"document/introspection-cycle-fragments-{levels}"] = Json(
                "{ __schema { types { ...T0 } } } " + string.Concat(Enumerable.Range(0, levels).Select(i =>
                    $"fragment T{i} on __Type {{ name fields {{ type {{ {(i + 1 < levels ? $"...T{i + 1}" : "name")} }} }} }} ")));
        }

        cases["document/introspection-aliased-20"] = Json(
            "{ " + string.Concat(Enumerable.Range(0, 20).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name type {{ name }} }} }} }} ")) + "}");
        cases["document/introspection-type-lookups-20"] = Json(
            "{ " + string.Concat(Enumerable.Range(0, 20).Select(i => $"t{i}: __type(name: \"Company\") {{ fields {{ name args {{ name }} }} }} ")) + "}");
        cases["document/max-neighborhood"] = Json(
            "{ neighborhood(id: \"bytedance\", depth: 4, limit: 2000) { nodes { id name } edges { id type } truncated } }");
        cases["document/max-paths"] = Json(
            "{ paths(from: \"bytedance\", to: \"nvidia\", maxLength: 8, first: 100) { length nodes { id } relationships { id } } }");
        cases["document/max-exposure"] = Json("{ exposure(id: \"bytedance\", maxDepth: 6) { channel by { id } path { length } } }");
        cases["document/nested-relationships-cost"] = Json(
            "{ search(text: \"a\", first: 500) { relationships(first: 1000) { from { relationships(first: 1000) { id } } } } }");
    }

    private static void AddBodies(Dictionary<string, HostileRequest> cases)
    {
        string[] bodies =
        [
            "", " ", "{", "}", "[]", "null", "1", "\"x\"", "true",
            "{\"query\":1}", "{\"query\":null}", "{\"query\":[]}", "{\"query\":{}}", "{\"query\":true}",
            "{\"query\":\"{ documents { id } }\",\"variables\":[]}",
            "{\"query\":\"{ documents { id } }\",\"variables\":\"{}\"}",
            "{\"query\":\"{ documents { id } }\",\"variables\":1}",
            "{\"query\":\"{ documents { id } }\",\"extensions\":1}",
            "{\"query\":\"{ documents { id } }\",\"extensions\":[]}",
            "{\"query\":\"{ documents { id } }\",\"operationName\":1}",
            "{\"query\":\"{ documents { id } }\",\"operationName\":{}}",
            "{\"query\":\"{ documents { id } }\"} trailing",
            "{\"query\":\"{ documents { id } }\",}",
            "{'query':'{ documents { id } }'}",
            "{query:\"{ documents { id } }\"}",
            "{\"query\":\"{ documents { id } }\",\"query\":\"{ __typename }\"}",
            "{\"query\":\"{ documents { id } }\"}{\"query\":\"{ __typename }\"}",
            "/* c */{\"query\":\"{ documents { id } }\"}",
            "{\"query\":\"{ documents { id } }\",\"variables\":{\"n\":NaN}}",
            "{\"query\":\"{ documents { id } }\",\"variables\":{\"n\":Infinity}}",
            "{\"query\":\"{ documents { id } }\",\"variables\":{\"n\":1e999999}}",
            "{\"query\":\"\\x41\"}",
            "{\"query\":\"\\u12\"}",
            "{\"query\":\"{ documents { id } }\\\"}",
            "{\"query\":\"line\nbreak\"}",
            new string('[', 1_000) + new string(']', 1_000),
            "{\"a\":" + new string('[', 100) + new string(']', 100) + ",\"query\":\"{ documents { id } }\"}",
            "{\"query\":\"{ documents { id } }\",\"extensions\":" + new string('[', 100) + new string(']', 100) + "}",
            "{\"query\":\"{ documents { id } }\",\"padding\":\"" + new string('x', 900_000) + "\"}",
            "{\"query\":\"{ documents { id } }\",\"padding\":\"" + new string('x', 1_100_000) + "\"}",
            "\uFEFF{\"query\":\"{ documents { id } }\"}",
        ];
        for (var i = 0; i < bodies.Length; i++)
        {
            cases[$"body/json-{i:00}"] = Raw(bodies[i]);
        }

        byte[][] invalidUtf8 =
        [
            [0xFF],
            [0xC0, 0x80],
            [0xED, 0xA0, 0x80],
            [0xE2, 0x82],
            [0xF8, 0x88, 0x80, 0x80, 0x80],
            [0xF4, 0x90, 0x80, 0x80],
            [0x80],
            [0xFE, 0xFF],
        ];
        for (var i = 0; i < invalidUtf8.Length; i++)
        {
            var prefix = Encoding.UTF8.GetBytes("{\"query\":\"{ search(text: \\\"");
            var suffix = Encoding.UTF8.GetBytes("\\\") { id } }\"}");
            cases[$"body/invalid-utf8-{i}"] = new HostileRequest([.. prefix, .. invalidUtf8[i], .. suffix], "application/json", null);
        }

        var utf16 = Encoding.Unicode.GetBytes("{\"query\":\"{ documents { id } }\"}");
        cases["body/utf16-declared-utf8"] = new HostileRequest(utf16, "application/json", null);
        cases["body/utf16-declared"] = new HostileRequest(utf16, "application/json; charset=utf-16", null);

        var good = Encoding.UTF8.GetBytes("{\"query\":\"{ documents { id } }\"}");
        string?[] contentTypes =
        [
            null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/graphql",
            "application/json; charset=latin1", "application/jsonx", "application/JSON", "application/json; charset=\"utf-8\"",
            "application/json; charset=UTF8", "application/graphql-response+json", "application/xml", "text/json",
        ];
        for (var i = 0; i < contentTypes.Length; i++)
        {
            cases[$"content-type/{i:00}-{contentTypes[i] ?? "none"}"] = new HostileRequest(good, contentTypes[i], null);
        }

        string[] accepts =
        [
            "text/html", "application/graphql-response+json;q=0", ",,,;;;", "application/*", "*/*;q=0", "application/json;q=abc",
            "image/png, application/json;q=0.1", new string('a', 4_000),
        ];
        for (var i = 0; i < accepts.Length; i++)
        {
            cases[$"accept/{i:00}"] = new HostileRequest(good, "application/json", accepts[i]);
        }
    }

    /// <summary>Batched requests (JSON arrays) built to be large, deep, malformed or expensive.</summary>
    private static void AddBatches(Dictionary<string, HostileRequest> cases)
    {
        const string Good = "{\"query\":\"{ documents { id } }\"}";
        const string Cycle = "{\"query\":\"{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }\"}";
        const string Heavy = "{\"query\":\"{ neighborhood(id: \\\"bytedance\\\", depth: 4, limit: 1000) { nodes { id } edges { id } } }\"}";
        const string Unknown = "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + "0000000000000000000000000000000000000000000000000000000000000000" + "\"}}}";
        string Batch(params string[] elements) => "[" + string.Join(",", elements) + "]";
        cases["batch/empty"] = Raw("[]");
        cases["batch/over-the-bound-11"] = Raw(Batch([.. Enumerable.Repeat(Good, 11)]));
        cases["batch/over-the-bound-1000"] = Raw(Batch([.. Enumerable.Repeat(Good, 1_000)]));
        cases["batch/nested-batch"] = Raw("[" + Batch(Good) + "]");
        cases["batch/null-element"] = Raw(Batch(Good, "null"));
        cases["batch/string-element"] = Raw(Batch(Good, "\"{ documents { id } }\""));
        cases["batch/number-element"] = Raw(Batch(Good, "7"));
        cases["batch/element-without-query"] = Raw(Batch(Good, "{}"));
        cases["batch/element-query-not-a-string"] = Raw(Batch(Good, "{\"query\":7}"));
        cases["batch/ten-introspection-cycles"] = Raw(Batch([.. Enumerable.Repeat(Cycle, 10)]));
        cases["batch/ten-heavy-neighborhoods"] = Raw(Batch([.. Enumerable.Repeat(Heavy, 10)]));
        cases["batch/ten-unknown-hashes"] = Raw(Batch([.. Enumerable.Repeat(Unknown, 10)]));
        cases["batch/mutation-without-credential"] = Raw(Batch(Good, "{\"query\":\"mutation { x }\"}"));
        cases["batch/mixed"] = Raw(Batch(Good, Cycle, Unknown, "{\"query\":\"{ nope }\"}", "{\"query\":\"{ entity(id: \\\"\\ud800\\\") { id } }\"}"));
    }

    private static HostileRequest Json(string query, string? variablesJson = null)
    {
        var body = variablesJson is null
            ? $"{{\"query\":{JsonLiteral(query)}}}"
            : $"{{\"query\":{JsonLiteral(query)},\"variables\":{variablesJson}}}";
        return Raw(body);
    }

    private static HostileRequest Raw(string body) => new(Encoding.UTF8.GetBytes(body), "application/json", null);

    /// <summary>
    /// A JSON string literal that keeps lone surrogates as <c>\uD800</c> escapes (a serializer would replace them),
    /// which is also a valid GraphQL string literal.
    /// </summary>
    private static string JsonLiteral(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
