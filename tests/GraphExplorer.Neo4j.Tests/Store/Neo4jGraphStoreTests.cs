using System.Net;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;
using GraphExplorer.Neo4j.Testing;
using GraphExplorer.Neo4j.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Neo4j.Tests.Store;

/// <summary>The store over canned Query API answers: how values map to the model, what is sent, and how failures read.</summary>
public sealed class Neo4jGraphStoreTests : IDisposable
{
    private const string ByteDance = """
        {"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Entity","Company"],"_properties":{
          "id":{"$type":"String","_value":"bytedance"},"name":{"$type":"String","_value":"ByteDance"},
          "aliases":{"$type":"List","_value":[{"$type":"String","_value":"Bitbeat"}]},
          "description":{"$type":"String","_value":"Owner of TikTok."},
          "capex2025Amount":{"$type":"Integer","_value":"150000000000"},"share":{"$type":"Float","_value":"0.5"},
          "foundedOn":{"$type":"Date","_value":"2012-03-09"},"listed":{"$type":"Boolean","_value":false},
          "tags":{"$type":"List","_value":[{"$type":"String","_value":"ai"},{"$type":"Integer","_value":"7"}]}}}}
        """;

    private const string TikTok = """
        {"$type":"Node","_value":{"_element_id":"4:db:2","_labels":["Product","Entity"],"_properties":{
          "id":{"$type":"String","_value":"tiktok"},"name":{"$type":"String","_value":"TikTok"}}}}
        """;

    private const string Owns = """
        {"$type":"Relationship","_value":{"_element_id":"5:db:9","_start_node_element_id":"4:db:1","_end_node_element_id":"4:db:2",
          "_type":"OWNS","_properties":{"id":{"$type":"String","_value":"bytedance-owns-tiktok"},
          "source":{"$type":"String","_value":"doc-a"},"evidence":{"$type":"String","_value":"It says so."},
          "reportedOn":{"$type":"Date","_value":"2025-01-23"},"validFrom":{"$type":"Date","_value":"2017-11-10"},
          "percentage":{"$type":"Float","_value":"100.0"}}}}
        """;

    private readonly ServiceProvider _provider;

    public Neo4jGraphStoreTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphExplorer:Neo4j:Uri"] = "http://neo4j.test:7474",
            ["GraphExplorer:Neo4j:RetryDelay"] = "00:00:00",
            ["GraphExplorer:Neo4j:MaxRetries"] = "2",
            ["GraphExplorer:Neo4j:MaxFetchedRelationships"] = "1",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        var server = new StrictQueryApi(Handler);
        services.AddNeo4jGraphStore().ConfigurePrimaryHttpMessageHandler(() => server);
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    private FakeNeo4jHandler Handler { get; } = new();

    private IGraphStore Store => _provider.GetRequiredService<IGraphStore>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Rows(string fields, params string[] rows) =>
        $$"""{"data":{"fields":{{fields}},"values":[{{string.Join(",", rows)}}]},"bookmarks":[]}""";

    [Fact]
    public async Task A_node_maps_to_an_entity_field_by_field()
    {
        Handler.Respond(HttpStatusCode.Accepted, Rows("""["n"]""", $"[{ByteDance}]"));

        var entity = (await Store.GetEntitiesAsync(["bytedance", "missing"], Ct))["bytedance"];

        entity.Id.ShouldBe("bytedance");
        entity.Kind.ShouldBe(EntityKind.Company);
        entity.Name.ShouldBe("ByteDance");
        entity.Aliases.ShouldBe(["Bitbeat"]);
        entity.Description.ShouldBe("Owner of TikTok.");
        entity.Properties.Keys.Order(StringComparer.Ordinal).ShouldBe(["capex2025Amount", "foundedOn", "listed", "share", "tags"]);
        entity.Properties["capex2025Amount"].ShouldBeOfType<long>().ShouldBe(150_000_000_000L);
        entity.Properties["share"].ShouldBeOfType<double>().ShouldBe(0.5);
        entity.Properties["foundedOn"].ShouldBe(new DateOnly(2012, 3, 9));
        entity.Properties["listed"].ShouldBe(false);
        ((IEnumerable<object?>)entity.Properties["tags"]!).ShouldBe(["ai", 7L]);

        var request = Handler.Requests.Single();
        request.Json.GetProperty("accessMode").GetString().ShouldBe("Read");
        request.Json.GetProperty("statement").GetString()!.ShouldStartWith("// GraphExplorer GetEntities:");
        request.Json.GetProperty("parameters").GetProperty("ids").GetProperty("_value").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task A_relationship_maps_to_its_fields_with_the_ids_of_its_ends()
    {
        Handler.Respond(HttpStatusCode.Accepted, Rows("""["id","relationships","ends"]""",
            $$"""[{"$type":"String","_value":"bytedance"},{"$type":"List","_value":[{{Owns}}]},{"$type":"List","_value":[{{ByteDance}},{{TikTok}}]}]"""));

        var result = await Store.GetRelationshipsAsync(
            ["bytedance"], new RelationshipFilter(Direction.Out, new HashSet<RelationshipType> { RelationshipType.Owns }, 5), Ct);

        var owns = result.ByEntity["bytedance"].Single();
        owns.Id.ShouldBe("bytedance-owns-tiktok");
        owns.Type.ShouldBe(RelationshipType.Owns);
        owns.FromId.ShouldBe("bytedance");
        owns.ToId.ShouldBe("tiktok");
        owns.SourceId.ShouldBe("doc-a");
        owns.Evidence.ShouldBe("It says so.");
        owns.ReportedOn.ShouldBe(new DateOnly(2025, 1, 23));
        owns.ValidFrom.ShouldBe(new DateOnly(2017, 11, 10));
        owns.ValidTo.ShouldBeNull();
        owns.Properties.Keys.ShouldBe(["percentage"]);
        owns.Properties["percentage"].ShouldBe(100.0);
        result.Endpoints.Keys.Order(StringComparer.Ordinal).ShouldBe(["bytedance", "tiktok"]);
        result.Endpoints["tiktok"].Kind.ShouldBe(EntityKind.Product);

        var request = Handler.Requests.Single().Json;
        request.GetProperty("statement").GetString()!.ShouldContain("MATCH (n)-[r:OWNS]->()");
        var parameters = request.GetProperty("parameters");
        parameters.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ShouldBe(["asOf", "bases", "first", "ids", "statuses"]);
        parameters.GetProperty("statuses").GetProperty("$type").GetString().ShouldBe("Null");
        parameters.GetProperty("bases").GetProperty("$type").GetString().ShouldBe("Null");
        parameters.GetProperty("first").GetProperty("_value").GetString().ShouldBe("5");
    }

    [Fact]
    public async Task Shortest_paths_as_of_a_date_send_the_date_and_check_every_relationship_of_the_path_during_the_search()
    {
        Handler.Respond(HttpStatusCode.Accepted, Rows("""["pathCount","relationships","ends"]""",
            $$"""[{"$type":"Integer","_value":"1"},{"$type":"List","_value":[{{Owns}}]},{"$type":"List","_value":[{{ByteDance}},{{TikTok}}]}]"""));

        var paths = await Store.FindShortestPathsAsync(
            new PathQuery("bytedance", "tiktok", 2, null, true, 10) { AsOf = new DateOnly(2025, 1, 23) }, Ct);

        paths.Single().Relationships.Single().Id.ShouldBe("bytedance-owns-tiktok");
        var request = Handler.Requests.Single().Json;
        request.GetProperty("statement").GetString()!.ShouldContain("all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf)");
        var asOf = request.GetProperty("parameters").GetProperty("asOf");
        asOf.GetProperty("$type").GetString().ShouldBe("Date");
        asOf.GetProperty("_value").GetString().ShouldBe("2025-01-23");
    }

    [Fact]
    public async Task A_status_filter_travels_as_the_enum_names_beside_the_date()
    {
        Handler.Respond(HttpStatusCode.Accepted, Rows("""["id","relationships","ends"]""",
            $$"""[{"$type":"String","_value":"bytedance"},{"$type":"List","_value":[{{Owns}}]},{"$type":"List","_value":[{{ByteDance}},{{TikTok}}]}]"""));

        await Store.GetRelationshipsAsync(["bytedance"], new RelationshipFilter(Direction.Out, null, 5)
        {
            AsOf = new DateOnly(2025, 6, 1),
            Statuses = new HashSet<RelationshipStatus> { RelationshipStatus.InForce, RelationshipStatus.Ended },
        }, Ct);

        var request = Handler.Requests.Single().Json;
        request.GetProperty("statement").GetString()!.ShouldContain("END IN $statuses");
        var statuses = request.GetProperty("parameters").GetProperty("statuses");
        statuses.GetProperty("$type").GetString().ShouldBe("List");
        statuses.GetProperty("_value").EnumerateArray().Select(v => v.GetProperty("_value").GetString()).ShouldBe(["IN_FORCE", "ENDED"]);
    }

    [Fact]
    public async Task A_basis_filter_travels_as_the_words_the_graph_stores_and_is_checked_on_every_relationship()
    {
        Handler.Respond(HttpStatusCode.Accepted, Rows("""["id","relationships","ends"]""",
            $$"""[{"$type":"String","_value":"bytedance"},{"$type":"List","_value":[{{Owns}}]},{"$type":"List","_value":[{{ByteDance}},{{TikTok}}]}]"""));

        await Store.GetRelationshipsAsync(["bytedance"], new RelationshipFilter(Direction.Out, null, 5)
        {
            Bases = new HashSet<Basis> { Basis.Outside, Basis.Implied },
        }, Ct);

        var request = Handler.Requests.Single().Json;
        request.GetProperty("statement").GetString()!.ShouldContain("WHERE ($bases IS NULL OR r.basis IN $bases)");
        var bases = request.GetProperty("parameters").GetProperty("bases");
        bases.GetProperty("$type").GetString().ShouldBe("List");
        bases.GetProperty("_value").EnumerateArray().Select(v => v.GetProperty("_value").GetString()).ShouldBe(["implied", "outside"]);
    }

    [Fact]
    public async Task Criteria_render_the_relationship_and_the_order_from_enums_and_send_the_rest_as_parameters()
    {
        static string Item(string node, int degree) =>
            "{\"$type\":\"Map\",\"_value\":{\"node\":" + node + ",\"degree\":{\"$type\":\"Integer\",\"_value\":\"" + degree +
            "\"},\"relationships\":{\"$type\":\"List\",\"_value\":[]},\"ends\":{\"$type\":\"List\",\"_value\":[]}}}";
        Handler.Respond(HttpStatusCode.Accepted, Rows("""["total","page"]""",
            $$"""[{"$type":"Integer","_value":"2"},{"$type":"List","_value":[{{Item(TikTok, 1)}},{{Item(ByteDance, 9)}}]}]"""));

        var page = await Store.ListEntitiesAsync(new EntityListQuery(null, 5, null)
        {
            Criteria = new EntityCriteria(
                new HashSet<EntityKind> { EntityKind.Product, EntityKind.Company }, "ByTe", new RelationshipPresence(RelationshipType.Owns, Direction.Out),
                EntitySort.Degree, true, 10),
        }, Ct);

        page.Entities.Select(e => e.Id).ShouldBe(["bytedance", "tiktok"]);
        page.TotalCount.ShouldBe(2);
        var request = Handler.Requests.Single().Json;
        var statement = request.GetProperty("statement").GetString()!;
        statement.ShouldContain("EXISTS { (n)-[:OWNS]->() }");
        statement.ShouldContain("ORDER BY degree DESC, n.id DESC");
        System.Text.RegularExpressions.Regex.IsMatch(statement, @"/\*@\w").ShouldBeFalse(statement);
        var parameters = request.GetProperty("parameters");
        parameters.GetProperty("text").GetProperty("_value").GetString().ShouldBe("byte");
        parameters.GetProperty("offset").GetProperty("_value").GetString().ShouldBe("10");
        parameters.GetProperty("having").GetProperty("_value").GetBoolean().ShouldBeTrue();
        parameters.GetProperty("kinds").GetProperty("_value").EnumerateArray().Select(v => v.GetProperty("_value").GetString()).ShouldBe(["Company", "Product"]);
    }

    [Fact]
    public async Task A_traversal_fills_the_markers_from_enums_and_validated_integers_and_walks_what_came_back()
    {
        Handler.Respond(HttpStatusCode.Accepted, Rows("""["relationships","ends"]""",
            $$"""[{"$type":"List","_value":[{{Owns}}]},{"$type":"List","_value":[{{TikTok}},{{ByteDance}}]}]"""));

        var owners = await Store.OwnersAsync(new OwnersQuery("tiktok", 3, 10), Ct);

        owners.Single().Owner.Id.ShouldBe("bytedance");
        owners.Single().EffectivePercentage.ShouldBe(100.0);
        var statement = Handler.Requests.Single().Json.GetProperty("statement").GetString()!;
        statement.ShouldContain("(start)<-[:OWNS*0..3]-(x)");
        statement.ShouldContain("(x)<-[r:OWNS]-()");
        statement.ShouldNotContain("$types");
        System.Text.RegularExpressions.Regex.IsMatch(statement, @"/\*@\w").ShouldBeFalse(statement);
    }

    [Fact]
    public async Task A_bound_past_the_configured_limit_is_refused_before_anything_is_sent()
    {
        var error = await Should.ThrowAsync<GraphQueryException>(
            () => Store.NeighborhoodAsync(new NeighborhoodQuery("tiktok", 99, Direction.Both, null, 10), Ct));

        error.Code.ShouldBe(ErrorCodes.LimitExceeded);
        Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task More_relationships_than_the_fetch_cap_is_limit_exceeded_not_a_partial_answer()
    {
        var second = Owns.Replace("5:db:9", "5:db:10").Replace("bytedance-owns-tiktok", "bytedance-owns-tiktok-2");
        Handler.Respond(HttpStatusCode.Accepted, Rows("""["relationships","ends"]""",
            $$"""[{"$type":"List","_value":[{{Owns}},{{second}}]},{"$type":"List","_value":[{{TikTok}},{{ByteDance}}]}]"""));

        var error = await Should.ThrowAsync<GraphQueryException>(
            () => Store.NeighborhoodAsync(new NeighborhoodQuery("tiktok", 2, Direction.Both, null, 10), Ct));

        error.Code.ShouldBe(ErrorCodes.LimitExceeded);
        error.Message.ShouldContain("GraphExplorer:Neo4j:MaxFetchedRelationships");
    }

    [Fact]
    public async Task A_walk_whose_steps_go_both_ways_follows_each_type_its_own_way()
    {
        Handler.Respond(HttpStatusCode.Accepted, Rows("""["relationships","ends"]""",
            $$"""[{"$type":"List","_value":[]},{"$type":"List","_value":[{{ByteDance}}]}]"""));

        var exposures = await Store.ExposureAsync(new ExposureQuery("bytedance", 2, 100), Ct);

        exposures.ShouldBeEmpty();
        var request = Handler.Requests.Single().Json;
        var statement = request.GetProperty("statement").GetString()!;
        statement.ShouldStartWith("// GraphExplorer MixedReach:");
        statement.ShouldContain("-[step:OWNS|DEVELOPS|MANUFACTURES|SUPPLIES|ISSUED|RESTRICTS|REGULATES|OPERATES_IN|LEASES_FROM|LOCATED_IN|PART_OF]-");
        statement.ShouldContain("type(step) IN ['SUPPLIES', 'ISSUED', 'RESTRICTS', 'REGULATES'] THEN endNode(step) = a");
        statement.ShouldContain("type(step) IN ['OWNS', 'DEVELOPS', 'MANUFACTURES', 'OPERATES_IN', 'LEASES_FROM', 'LOCATED_IN', 'PART_OF'] THEN startNode(step) = a");
        statement.ShouldContain("){0,3} (x)");
        System.Text.RegularExpressions.Regex.IsMatch(statement, @"/\*@\w").ShouldBeFalse(statement);
        request.GetProperty("parameters").GetProperty("ids").GetProperty("_value")[0].GetProperty("_value").GetString().ShouldBe("bytedance");
    }

    [Fact]
    public async Task Exposure_fetches_the_rules_on_supplied_items_that_lie_outside_the_first_fetch()
    {
        const string Nvidia = """
            {"$type":"Node","_value":{"_element_id":"4:db:3","_labels":["Entity","Company"],"_properties":{
              "id":{"$type":"String","_value":"nvidia"},"name":{"$type":"String","_value":"Nvidia"}}}}
            """;
        const string Chips = """
            {"$type":"Node","_value":{"_element_id":"4:db:4","_labels":["Entity","Chip"],"_properties":{
              "id":{"$type":"String","_value":"nvidia-ai-chips"},"name":{"$type":"String","_value":"Nvidia AI chips"}}}}
            """;
        const string Rule = """
            {"$type":"Node","_value":{"_element_id":"4:db:5","_labels":["Entity","Regulation"],"_properties":{
              "id":{"$type":"String","_value":"chip-rule"},"name":{"$type":"String","_value":"Chip rule"}}}}
            """;
        const string Supplies = """
            {"$type":"Relationship","_value":{"_element_id":"5:db:10","_start_node_element_id":"4:db:3","_end_node_element_id":"4:db:1",
              "_type":"SUPPLIES","_properties":{"id":{"$type":"String","_value":"nvidia-supplies-bytedance"},
              "items":{"$type":"List","_value":[{"$type":"String","_value":"nvidia-ai-chips"}]}}}}
            """;
        const string Restricts = """
            {"$type":"Relationship","_value":{"_element_id":"5:db:11","_start_node_element_id":"4:db:5","_end_node_element_id":"4:db:4",
              "_type":"RESTRICTS","_properties":{"id":{"$type":"String","_value":"chip-rule-restricts-chips"},
              "scope":{"$type":"String","_value":"who may buy them"}}}}
            """;
        Handler.Respond(HttpStatusCode.Accepted, Rows("""["relationships","ends"]""",
            $$"""[{"$type":"List","_value":[{{Supplies}}]},{"$type":"List","_value":[{{ByteDance}},{{Nvidia}}]}]"""));
        Handler.Respond(HttpStatusCode.Accepted, Rows("""["relationships","ends"]""",
            $$"""[{"$type":"List","_value":[{{Restricts}}]},{"$type":"List","_value":[{{Chips}},{{Rule}}]}]"""));

        var exposure = (await Store.ExposureAsync(new ExposureQuery("bytedance", 1, 100), Ct)).ShouldHaveSingleItem();

        exposure.By.Id.ShouldBe("chip-rule");
        exposure.Through.Id.ShouldBe("nvidia-ai-chips");
        exposure.Supply!.Id.ShouldBe("nvidia-supplies-bytedance");
        exposure.Rule!.Properties["scope"].ShouldBe("who may buy them");
        exposure.Path.Nodes.Select(n => n.Id).ShouldBe(["bytedance", "nvidia"]);
        Handler.Requests.Count.ShouldBe(2);
        var second = Handler.Requests[1].Json;
        second.GetProperty("parameters").GetProperty("ids").GetProperty("_value")[0].GetProperty("_value").GetString().ShouldBe("nvidia-ai-chips");
        second.GetProperty("statement").GetString()!.ShouldContain("RESTRICTS");
    }

    [Fact]
    public async Task An_unknown_start_is_not_found_as_in_the_embedded_store()
    {
        // Reach.cypher aggregates, so an unknown start is one row of empty lists.
        Handler.Respond(HttpStatusCode.Accepted, Rows("""["relationships","ends"]""", """[{"$type":"List","_value":[]},{"$type":"List","_value":[]}]"""));

        var error = await Should.ThrowAsync<GraphQueryException>(
            () => Store.SupplyChainAsync(new SupplyChainQuery("nobody", SupplyDirection.Upstream, 2, 10), Ct));

        error.Code.ShouldBe(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Neo4j_unavailable_after_retries_is_store_unavailable_naming_the_server()
    {
        for (var i = 0; i < 3; i++)
        {
            Handler.Respond(HttpStatusCode.ServiceUnavailable, QueryApiResponses.Transient);
        }

        var error = await Should.ThrowAsync<GraphQueryException>(() => Store.SearchAsync(new SearchQuery("tik", null, 5), Ct));

        error.Code.ShouldBe(ErrorCodes.StoreUnavailable);
        error.Message.ShouldContain("http://neo4j.test:7474");
        error.Message.ShouldContain("tried 3 times");
        Handler.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_query_that_timed_out_is_a_timeout_and_is_not_sent_again()
    {
        Handler.Throw(new TaskCanceledException("timed out"));

        var error = await Should.ThrowAsync<GraphQueryException>(() => Store.SearchAsync(new SearchQuery("tik", null, 5), Ct));

        error.Code.ShouldBe(ErrorCodes.Timeout);
        error.Message.ShouldContain("GraphExplorer:Neo4j:QueryTimeout");
        Handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Another_Neo4j_error_is_internal_without_its_details()
    {
        Handler.Respond(HttpStatusCode.BadRequest, QueryApiResponses.SyntaxError);

        var error = await Should.ThrowAsync<GraphQueryException>(() => Store.SearchAsync(new SearchQuery("tik", null, 5), Ct));

        error.Code.ShouldBe(ErrorCodes.Internal);
        error.Message.ShouldNotContain("RETRUN");
    }

    [Fact]
    public async Task Health_runs_a_read_and_reports_failure_without_throwing()
    {
        Handler.Respond(HttpStatusCode.Accepted, QueryApiResponses.One);
        Handler.Throw(new HttpRequestException("Connection refused"));
        Handler.Throw(new HttpRequestException("Connection refused"));
        Handler.Throw(new HttpRequestException("Connection refused"));

        (await Store.CheckHealthAsync(Ct)).IsReady.ShouldBeTrue();
        var down = await Store.CheckHealthAsync(Ct);

        down.IsReady.ShouldBeFalse();
        down.Description.ShouldContain("Connection refused");
        Handler.Requests[0].Json.GetProperty("statement").GetString()!.ShouldContain("RETURN 1");
    }

    public void Dispose() => _provider.Dispose();
}
