using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>
/// Introspection as the standard tools send it (graphql-js's query with every option: descriptions, specifiedByURL,
/// isRepeatable, the schema's description, input-value deprecation), and the limits that still hold for it. The
/// query of graphql-js itself runs against the real server in <c>FrontEndToolsTests</c>.
/// </summary>
public sealed class IntrospectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string FullIntrospection = """
        query Introspection {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...Full }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...Input } }
          }
        }
        fragment Full on __Type {
          kind name description specifiedByURL
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...Input } type { ...Ref } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...Input }
          interfaces { ...Ref }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...Ref }
        }
        fragment Input on __InputValue { name description type { ...Ref } defaultValue isDeprecated deprecationReason }
        fragment Ref on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string query)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query }, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement);
    }

    [Fact]
    public async Task The_full_introspection_query_of_the_standard_tools_is_answered()
    {
        var (status, body) = await PostAsync(FullIntrospection);

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        status.ShouldBe(HttpStatusCode.OK);
        var schema = body.GetProperty("data").GetProperty("__schema");
        schema.GetProperty("description").GetString()!.ShouldStartWith("GraphExplorer");
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        types.Keys.ShouldContain("Company");
        types["JSON"].GetProperty("specifiedByURL").ValueKind.ShouldBe(JsonValueKind.Null);
        types["Company"].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ShouldContain("relationships");
        var deprecated = schema.GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "deprecated");
        deprecated.GetProperty("isRepeatable").GetBoolean().ShouldBeFalse();
        deprecated.GetProperty("args").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("reason");
    }

    [Theory]
    [InlineData("{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }")]
    [InlineData("{ __type(name: \"Company\") { fields { type { ofType { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } } } }")]
    [InlineData("{ __schema { types { possibleTypes { interfaces { possibleTypes { interfaces { name } } } } } } }")]
    [InlineData("{ __schema { types { ...A } } } fragment A on __Type { fields { type { ...B } } } fragment B on __Type { fields { type { ...C } } } fragment C on __Type { fields { type { ...D } } } fragment D on __Type { fields { name } }")]
    public async Task A_query_that_cycles_through_the_schema_is_refused_with_a_coded_error(string query)
    {
        var (status, body) = await PostAsync(query);

        status.ShouldBe(HttpStatusCode.OK); // application/json: the error is in the body
        body.TryGetProperty("data", out _).ShouldBeFalse();
        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe("LIMIT_EXCEEDED");
        error.GetProperty("message").GetString()!.ShouldContain("GraphExplorer:Limits:MaxIntrospectionNesting");
    }

    [Fact]
    public async Task The_ofType_chain_of_a_type_reference_does_not_count_towards_the_depth()
    {
        var chain = string.Concat(Enumerable.Repeat("ofType { kind ", 12)) + "name" + new string('}', 12);

        var (_, body) = await PostAsync("{ __type(name: \"Company\") { fields { type { " + chain + " } } } }");

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        body.GetProperty("data").GetProperty("__type").GetProperty("fields").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Outside_introspection_the_depth_limit_holds_as_before()
    {
        var (_, body) = await PostAsync(
            "{ entity(id: \"bytedance\") " + string.Concat(Enumerable.Repeat("{ relationships(first: 1) { from ", 6)) + "{ id }" + new string('}', 12) + " }");

        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe("LIMIT_EXCEEDED");
        error.GetProperty("message").GetString().ShouldBe("The query is 13 fields deep; the limit is 12 (GraphExplorer:Limits:MaxDepth).");
    }
}
