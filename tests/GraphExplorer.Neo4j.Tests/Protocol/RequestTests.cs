using System.Net;
using System.Text;
using System.Text.Json;
using GraphExplorer.Neo4j.Protocol;
using GraphExplorer.Neo4j.Tests.Fixtures;

namespace GraphExplorer.Neo4j.Tests.Protocol;

public sealed class RequestTests
{
    [Fact]
    public async Task A_read_posts_typed_parameters_access_mode_bookmarks_and_counters_flag()
    {
        using var host = new Neo4jTestHost();
        host.Handler.Respond(HttpStatusCode.Accepted, QueryApiResponses.One);
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = "bytedance",
            ["limit"] = 25,
            ["big"] = long.MaxValue,
            ["share"] = 0.1,
            ["on"] = new DateOnly(2025, 1, 31),
            ["kinds"] = new[] { "Company", "Product" },
            ["nothing"] = null,
            ["flag"] = true,
            ["filter"] = new Dictionary<string, object?> { ["depth"] = 2 },
        };

        await host.Client.RunAsync(
            new Neo4jQuery("MATCH (e:Entity {id: $id}) RETURN e LIMIT $limit", parameters)
            {
                AccessMode = Neo4jAccessMode.Read,
                Bookmarks = ["FB:one"],
                IncludeCounters = true,
            },
            TestContext.Current.CancellationToken);

        var request = host.Handler.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe(HttpMethod.Post);
        request.Uri.ToString().ShouldBe("http://neo4j.test:7474/db/neo4j/query/v2");
        request.ContentType.ShouldBe("application/vnd.neo4j.query");
        request.Header("Accept").ShouldBe("application/vnd.neo4j.query");
        var body = request.Json;
        body.GetProperty("statement").GetString().ShouldBe("MATCH (e:Entity {id: $id}) RETURN e LIMIT $limit");
        body.GetProperty("accessMode").GetString().ShouldBe("Read");
        body.GetProperty("bookmarks")[0].GetString().ShouldBe("FB:one");
        body.GetProperty("includeCounters").GetBoolean().ShouldBeTrue();
        var p = body.GetProperty("parameters");
        Typed(p, "id").ShouldBe(("String", "\"bytedance\""));
        Typed(p, "limit").ShouldBe(("Integer", "\"25\""));
        Typed(p, "big").ShouldBe(("Integer", "\"9223372036854775807\""));
        Typed(p, "share").ShouldBe(("Float", "\"0.1\""));
        Typed(p, "on").ShouldBe(("Date", "\"2025-01-31\""));
        Typed(p, "nothing").ShouldBe(("Null", "null"));
        Typed(p, "flag").ShouldBe(("Boolean", "true"));
        Typed(p, "kinds").ShouldBe(("List", """[{"$type":"String","_value":"Company"},{"$type":"String","_value":"Product"}]"""));
        Typed(p, "filter").ShouldBe(("Map", """{"depth":{"$type":"Integer","_value":"2"}}"""));
    }

    [Fact]
    public async Task A_write_leaves_out_access_mode_and_empty_members()
    {
        using var host = new Neo4jTestHost();
        host.Handler.Respond(HttpStatusCode.Accepted, QueryApiResponses.Empty);

        await host.Client.RunAsync(new Neo4jQuery("CREATE (:Entity)"), TestContext.Current.CancellationToken);

        var body = host.Handler.Requests.ShouldHaveSingleItem().Json;
        body.EnumerateObject().Select(p => p.Name).ShouldBe(["statement"]);
    }

    [Fact]
    public async Task The_database_name_is_part_of_the_path_and_a_base_path_is_kept()
    {
        using var host = new Neo4jTestHost(new() { ["GraphExplorer:Neo4j:Uri"] = "https://abc.databases.neo4j.io/", ["GraphExplorer:Neo4j:Database"] = "graphs" });
        host.Handler.Respond(HttpStatusCode.Accepted, QueryApiResponses.Empty);

        await host.Client.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken);

        host.Handler.Requests.ShouldHaveSingleItem().Uri.ToString().ShouldBe("https://abc.databases.neo4j.io/db/graphs/query/v2");
    }

    [Fact]
    public async Task User_and_password_are_sent_as_basic_auth()
    {
        using var host = new Neo4jTestHost();
        host.Handler.Respond(HttpStatusCode.Accepted, QueryApiResponses.Empty);

        await host.Client.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken);

        host.Handler.Requests[0].Header("Authorization")
            .ShouldBe("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")));
    }

    [Fact]
    public async Task A_token_is_sent_as_bearer_auth()
    {
        using var host = new Neo4jTestHost(new()
        {
            ["GraphExplorer:Neo4j:User"] = null,
            ["GraphExplorer:Neo4j:Password"] = null,
            ["GraphExplorer:Neo4j:Token"] = "eyJhbGciOi.sso.token",
        });
        host.Handler.Respond(HttpStatusCode.Accepted, QueryApiResponses.Empty);

        await host.Client.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken);

        host.Handler.Requests[0].Header("Authorization").ShouldBe("Bearer eyJhbGciOi.sso.token");
    }

    [Fact]
    public async Task Without_credentials_no_authorization_header_is_sent()
    {
        using var host = new Neo4jTestHost(new() { ["GraphExplorer:Neo4j:User"] = null, ["GraphExplorer:Neo4j:Password"] = null });
        host.Handler.Respond(HttpStatusCode.Accepted, QueryApiResponses.Empty);

        await host.Client.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken);

        host.Handler.Requests[0].Header("Authorization").ShouldBeNull();
    }

    [Fact]
    public void Parameters_of_every_type_read_back_as_they_were_written()
    {
        var values = new Dictionary<string, object?>
        {
            ["long"] = long.MinValue,
            ["double"] = 0.1 + 0.2,
            ["tiny"] = 5e-324,
            ["inf"] = double.PositiveInfinity,
            ["string"] = "naïve \"quoted\"",
            ["bytes"] = new byte[] { 0, 255, 16 },
            ["date"] = new DateOnly(1, 1, 1),
            ["localTime"] = new TimeOnly(23, 59, 59, 999, 999),
            ["localDateTime"] = new DateTime(2025, 1, 31, 8, 0, 0, DateTimeKind.Unspecified).AddTicks(1),
            ["offset"] = new DateTimeOffset(2025, 1, 31, 8, 0, 0, TimeSpan.FromHours(8)),
            ["zoned"] = new Neo4jZonedDateTime(new DateTimeOffset(2025, 1, 31, 8, 0, 0, TimeSpan.FromHours(1)), "Europe/Paris"),
            ["time"] = new Neo4jTime(new TimeOnly(8, 30), TimeSpan.FromHours(-5)),
            ["duration"] = new Neo4jDuration("P1M2DT3H"),
            ["point"] = new Neo4jPoint("SRID=4326;POINT (114.1 22.3)"),
            ["list"] = new List<object?> { 1L, "two", null },
            ["map"] = new Dictionary<string, object?> { ["nested"] = new List<object?> { new DateOnly(2024, 2, 29) } },
        };

        var json = JsonSerializer.Serialize<Dictionary<string, object?>>(values, Neo4jJson.Options);
        var back = JsonSerializer.Deserialize<Dictionary<string, object?>>(json, Neo4jJson.Options)!;

        back.Keys.ShouldBe(values.Keys);
        foreach (var (key, value) in values.Where(v => v.Key != "map"))
        {
            back[key].ShouldBeEquivalentTo(value, key);
        }

        var map = back["map"].ShouldBeOfType<Dictionary<string, object?>>();
        map["nested"].ShouldBeOfType<List<object?>>().ShouldHaveSingleItem().ShouldBe(new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void A_node_cannot_be_a_parameter()
    {
        var values = new Dictionary<string, object?> { ["n"] = new Neo4jNode("4:x:0", [], new Dictionary<string, object?>()) };

        Should.Throw<ArgumentException>(() => JsonSerializer.Serialize(values, Neo4jJson.Options)).Message.ShouldContain("ids");
    }

    private static (string Type, string Value) Typed(JsonElement parameters, string name)
    {
        var value = parameters.GetProperty(name);
        return (value.GetProperty("$type").GetString()!, value.GetProperty("_value").GetRawText());
    }
}
