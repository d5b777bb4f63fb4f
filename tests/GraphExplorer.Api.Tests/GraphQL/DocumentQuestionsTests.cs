using System.Text.Json.Nodes;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>Questions about the source article, asked over HTTP as a new user would.</summary>
public class DocumentQuestionsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string[] Ids(JsonNode? list) => list!.AsArray().Select(n => (string)n!["id"]!).ToArray();

    [Fact]
    public async Task A_relationship_gives_what_it_supplies_and_its_source_as_a_document()
    {
        var data = await api.DataAsync(
            """{ entity(id: "nvidia") { relationships(direction: OUT, types: [SUPPLIES]) { id items { id kind } source { title publishedOn } } } }""");

        var h20 = data["entity"]!["relationships"]!.AsArray().Single(r => (string?)r!["id"] == "nvidia-supplies-bytedance-h20")!;
        h20["items"]!.AsArray().Select(i => (string?)i!["id"]).ShouldBe(["nvidia-h20"]);
        ((string?)h20["items"]![0]!["kind"]).ShouldBe("CHIP");
        ((string?)h20["source"]!["title"]).ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Who_supplies_ByteDance_with_AI_chips()
    {
        var data = await api.DataAsync("""
            { supplyChain(id: "bytedance", maxTiers: 1) { tiers { tier entities { id } relationships { from { id } properties } } } }
            """);

        var tier = data["supplyChain"]!["tiers"]![0]!;
        // The leasing route through third-party data centers ended with the rules of 2025-01-13: not a current supplier.
        Ids(tier["entities"]).ShouldBe(["cambricon-technologies", "huawei-technologies", "microsoft", "nvidia"]);
        var nvidiaItems = tier["relationships"]!.AsArray()
            .Where(r => (string)r!["from"]!["id"]! == "nvidia")
            .SelectMany(r => r!["properties"]!["items"]!.AsArray().Select(i => (string)i!))
            .ToHashSet();
        nvidiaItems.ShouldContain("nvidia-h20");
        tier["relationships"]!.AsArray().ShouldContain(r => (string)r!["from"]!["id"]! == "microsoft"
            && (string)r!["properties"]!["via"]! == "cloud computing");
    }

    [Fact]
    public async Task What_held_on_a_given_date()
    {
        var onTheDay = await api.DataAsync("""
            { entity(id: "bytedance") { relationships(direction: IN, types: [SUPPLIES], asOf: "2025-01-23") { id validTo validToPrecision } } }
            """);
        var beforeReported = await api.DataAsync("""
            { supplyChain(id: "bytedance", maxTiers: 1, asOf: "2025-01-22") { tiers { entities { id } } } }
            """);

        // The leasing route closed "last week" (the week of 2025-01-13 to 2025-01-19), so on the article's day it no
        // longer held; the other routes did.
        var ids = Ids(onTheDay["entity"]!["relationships"]);
        ids.ShouldNotContain("third-party-data-center-providers-supplies-bytedance");
        ids.ShouldContain("microsoft-supplies-bytedance");
        // Nothing the article reports (on 2025-01-23) was known the day before.
        beforeReported["supplyChain"]!["tiers"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_status_filter_finds_the_routes_that_closed_and_status_is_read_on_the_date_asked()
    {
        var ended = await api.DataAsync("""
            { entity(id: "bytedance") { relationships(direction: IN, types: [SUPPLIES], status: [ENDED]) { id status } } }
            """);
        var current = await api.DataAsync("""
            { entity(id: "bytedance") { relationships(direction: IN, types: [SUPPLIES], status: [IN_FORCE, PLANNED]) { id status } } }
            """);
        var leased = await api.DataAsync("""
            { entity(id: "bytedance") { relationships(direction: IN, types: [SUPPLIES], asOf: "2025-01-23", status: [ENDED]) {
                id status validTo validToPrecision dates { name precision start end text } } } }
            """);

        var closed = ended["entity"]!["relationships"]!.AsArray();
        closed.Select(r => (string?)r!["id"]).ShouldBe(["third-party-data-center-providers-supplies-bytedance"]);
        ((string?)closed[0]!["status"]).ShouldBe("ENDED");
        var open = current["entity"]!["relationships"]!.AsArray();
        open.ShouldNotContain(r => (string?)r!["id"] == "third-party-data-center-providers-supplies-bytedance");
        open.Single(r => (string?)r!["id"] == "nvidia-supplies-bytedance-capex-2025")!["status"]!.GetValue<string>().ShouldBe("PLANNED");
        open.Single(r => (string?)r!["id"] == "nvidia-supplies-bytedance-h20")!["status"]!.GetValue<string>().ShouldBe("IN_FORCE");
        // Ended by the article's day, and ended in a week, not on a day: validTo is that week's Sunday.
        var route = leased["entity"]!["relationships"]!.AsArray().Single()!;
        ((string?)route["id"]).ShouldBe("third-party-data-center-providers-supplies-bytedance");
        ((string?)route["status"]).ShouldBe("ENDED");
        ((string?)route["validTo"]).ShouldBe("2025-01-19");
        ((string?)route["validToPrecision"]).ShouldBe("WEEK");
        var validTo = route["dates"]!.AsArray().Single(d => (string?)d!["name"] == "validTo")!;
        ((string?)validTo["start"]).ShouldBe("2025-01-13");
        ((string?)validTo["end"]).ShouldBe("2025-01-19");
        ((string?)validTo["text"]).ShouldBe("2025-W03");
    }

    [Fact]
    public async Task Relationships_page_through_a_connection_that_gives_the_same_relationships_and_their_total()
    {
        var all = await api.DataAsync("""{ entity(id: "bytedance") { relationships { id } } }""");
        var expected = Ids(all["entity"]!["relationships"]);
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var data = await api.DataAsync(
                """query($after: String) { entity(id: "bytedance") { relationshipsConnection(first: 7, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }""",
                new { after });
            var connection = data["entity"]!["relationshipsConnection"]!;
            ((int)connection["totalCount"]!).ShouldBe(expected.Length);
            ((bool)connection["pageInfo"]!["hasPreviousPage"]!).ShouldBe(after is not null);
            seen.AddRange(connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
            after = (bool)connection["pageInfo"]!["hasNextPage"]! ? (string?)connection["pageInfo"]!["endCursor"] : null;
            pages++;
        }
        while (after is not null);

        expected.Length.ShouldBeGreaterThan(7);
        seen.ShouldBe(expected);
        pages.ShouldBe((expected.Length + 6) / 7);
    }

    [Fact]
    public async Task A_relationship_connection_refuses_a_cursor_it_did_not_give_out()
    {
        var entityCursor = await api.DataAsync("""{ entities(first: 1) { pageInfo { endCursor } } }""");
        var foreign = (string)entityCursor["entities"]!["pageInfo"]!["endCursor"]!;

        foreach (var cursor in new[] { foreign, "not a cursor" })
        {
            var answer = await api.QueryAsync(
                """query($after: String) { entity(id: "bytedance") { relationshipsConnection(after: $after) { totalCount } } }""", new { after = cursor });
            ((string?)answer["errors"]![0]!["extensions"]!["code"]).ShouldBe("BAD_USER_INPUT");
            ((string?)answer["errors"]![0]!["message"])!.ShouldContain("endCursor");
        }
    }

    [Fact]
    public async Task References_inside_properties_resolve_to_entities()
    {
        var data = await api.DataAsync("""
            {
              h20: entity(id: "nvidia-h20") {
                references { property entity { id kind } }
                ... on Chip { family { id name } designedToComplyWith { id kind } }
              }
              order: entity(id: "tiktok-ban-postponement-order") { ... on Regulation { postpones { id } } }
              supply: entity(id: "nvidia") { relationships(direction: OUT, types: [SUPPLIES]) { id cites { id title } references { property entity { id } } } }
            }
            """);

        var references = data["h20"]!["references"]!.AsArray().Select(r => ((string?)r!["property"], (string?)r["entity"]!["id"])).ToList();
        references.ShouldBe([("designedToComplyWith", "us-chip-export-controls-china"), ("family", "nvidia-ai-chips")]);
        ((string?)data["h20"]!["family"]!["id"]).ShouldBe("nvidia-ai-chips");
        ((string?)data["h20"]!["designedToComplyWith"]!["kind"]).ShouldBe("REGULATION");
        ((string?)data["order"]!["postpones"]!["id"]).ShouldBe("tiktok-ban-law");

        var h20Supply = data["supply"]!["relationships"]!.AsArray().Single(r => (string?)r!["id"] == "nvidia-supplies-bytedance-h20")!;
        ((string?)h20Supply["cites"]!["id"]).ShouldBe("doc-reuters-2024-09-bytedance-h20");
        h20Supply["references"]!.AsArray().Select(r => (string?)r!["property"]).ShouldBe(["citedSource", "items"]);
        var capex = data["supply"]!["relationships"]!.AsArray().Single(r => (string?)r!["id"] == "nvidia-supplies-bytedance-capex-2025")!;
        capex["cites"].ShouldBeNull();
    }

    [Fact]
    public async Task Entities_can_be_filtered_and_ordered_and_paged_in_that_order()
    {
        var bitbeat = await api.DataAsync("""{ entities(where: { text: "bitbeat" }) { totalCount nodes { id } } }""");
        var makers = await api.DataAsync("""
            { entities(where: { kinds: [COMPANY], hasRelationship: { type: MANUFACTURES, direction: OUT } }, orderBy: { field: NAME }) { nodes { name } } }
            """);
        var busiest = await api.DataAsync("""{ entities(orderBy: { field: DEGREE, direction: DESC }, first: 3, where: { kinds: [COMPANY] }) { nodes { id relationshipCounts { count } } } }""");
        var whole = await api.DataAsync("""{ entities(where: { kinds: [CHIP, PRODUCT] }, orderBy: { field: NAME, direction: DESC }, first: 100) { nodes { id } } }""");

        Ids(bitbeat["entities"]!["nodes"]).ShouldBe(["bytedance"]);
        makers["entities"]!["nodes"]!.AsArray().Select(n => (string?)n!["name"]).ShouldBe(["Cambricon Technologies", "Huawei Technologies", "Nvidia"]);
        var degrees = busiest["entities"]!["nodes"]!.AsArray().Select(n => n!["relationshipCounts"]!.AsArray().Sum(c => (int)c!["count"]!)).ToList();
        degrees.ShouldBe(degrees.OrderDescending());
        ((string?)busiest["entities"]!["nodes"]![0]!["id"]).ShouldBe("bytedance");

        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = await api.DataAsync(
                """query($after: String) { entities(where: { kinds: [CHIP, PRODUCT] }, orderBy: { field: NAME, direction: DESC }, first: 3, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }""",
                new { after });
            paged.AddRange(Ids(page["entities"]!["nodes"]));
            after = (bool)page["entities"]!["pageInfo"]!["hasNextPage"]! ? (string?)page["entities"]!["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        paged.ShouldBe(Ids(whole["entities"]!["nodes"]));
    }

    [Theory]
    [InlineData("""{ entities(ids: ["tiktok"], where: { text: "tik" }) { totalCount } }""", "ids")]
    [InlineData("""{ entities(kind: CHIP, where: { kinds: [COMPANY] }) { totalCount } }""", "kind")]
    [InlineData("""{ entities(where: { text: "tik" }, after: "bm90IGEgY3Vyc29y") { totalCount } }""", "endCursor")]
    public async Task Entity_filters_that_cannot_be_answered_say_why(string query, string named)
    {
        var answer = await api.QueryAsync(query);

        ((string?)answer["errors"]![0]!["extensions"]!["code"]).ShouldBe("BAD_USER_INPUT");
        ((string?)answer["errors"]![0]!["message"])!.ShouldContain(named);
    }

    [Fact]
    public async Task An_unknown_id_suggests_the_nearest_ones()
    {
        var answer = await api.QueryAsync("""{ supplyChain(id: "nvidia-h2o") { truncated } }""");
        var plain = await api.QueryAsync("""{ supplyChain(id: "qqqqzzzz") { truncated } }""");

        var error = answer["errors"]![0]!;
        ((string?)error["extensions"]!["code"]).ShouldBe("NOT_FOUND");
        error["extensions"]!["suggestions"]!.AsArray().Select(s => (string?)s).ShouldContain("nvidia-h20");
        ((string?)error["message"])!.ShouldContain("Did you mean");
        plain["errors"]![0]!["extensions"]!["suggestions"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Several_entities_can_be_fetched_by_id_as_a_page()
    {
        var data = await api.DataAsync("""{ entities(ids: ["tiktok", "nvidia", "no-such-entity", "bytedance"], first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } } }""");

        ((int)data["entities"]!["totalCount"]!).ShouldBe(3);
        data["entities"]!["edges"]!.AsArray().Select(e => (string?)e!["node"]!["id"]).ShouldBe(["bytedance", "nvidia"]);
        ((bool)data["entities"]!["pageInfo"]!["hasNextPage"]!).ShouldBeTrue();
    }

    [Fact]
    public async Task Which_figures_the_document_gives_and_who_stated_them()
    {
        var data = await api.DataAsync("""
            { entity(id: "bytedance") { figures { name amount unit qualifier year source { id } cites { id } } } }
            """);

        var figures = data["entity"]!["figures"]!.AsArray();
        var capex = figures.Single(f => (string?)f!["name"] == "capex2025")!;
        ((double)capex["amount"]!).ShouldBe(150_000_000_000d);
        ((string?)capex["unit"]).ShouldBe("CNY");
        ((string?)capex["qualifier"]).ShouldBe("more than");
        ((int)capex["year"]!).ShouldBe(2025);
        ((string?)capex["source"]!["id"]).ShouldBe("doc-reuters-2025-01-23-bytedance-ai-capex");
        var chips = figures.Single(f => (string?)f!["name"] == "nvidiaChipPurchasePlan")!;
        ((string?)chips["cites"]!["id"]).ShouldBe("doc-the-information-2024-12-bytedance-nvidia-chips");
    }

    [Fact]
    public async Task What_ByteDance_owns_and_develops()
    {
        var data = await api.DataAsync("""
            { entity(id: "bytedance") { name relationships(direction: OUT, types: [OWNS, DEVELOPS]) { type to { id kind } } } }
            """);

        var relationships = data["entity"]!["relationships"]!.AsArray();
        relationships.Where(r => (string)r!["type"]! == "OWNS").Select(r => (string)r!["to"]!["id"]!).ShouldBe(["bytedance-southeast-asia-computing", "tiktok"]);
        relationships.Where(r => (string)r!["type"]! == "DEVELOPS").Select(r => (string)r!["to"]!["id"]!)
            .ShouldBe(["cici", "doubao", "doubao-model", "dreamina", "jimeng", "kouzi", "maoxiang", "xinghui"], ignoreOrder: true);
    }

    [Fact]
    public async Task How_Nvidia_is_connected_to_TikTok()
    {
        var data = await api.DataAsync("""
            { paths(from: "nvidia", to: "tiktok", types: [SUPPLIES, OWNS, DEVELOPS, MANUFACTURES]) { length nodes { id } relationships { type } } }
            """);

        var paths = data["paths"]!.AsArray();
        paths.ShouldNotBeEmpty();
        foreach (var path in paths)
        {
            ((int)path!["length"]!).ShouldBe(2);
            Ids(path["nodes"]).ShouldBe(["nvidia", "bytedance", "tiktok"]);
            path["relationships"]!.AsArray().Select(r => (string)r!["type"]!).ShouldBe(["SUPPLIES", "OWNS"]);
        }
    }

    [Fact]
    public async Task Which_regulations_touch_ByteDance_chip_supply()
    {
        var data = await api.DataAsync("""
            {
              exposure(id: "bytedance") {
                by { id kind } through { id } channel scope
                rule { type from { id } to { id } } supply { from { id } to { id } items { id } }
                path { nodes { id } relationships { id } } paths { nodes { id } }
              }
            }
            """);

        var supplied = data["exposure"]!.AsArray().Where(e => (string)e!["channel"]! == "SUPPLIED").ToList();
        supplied.ShouldNotBeEmpty();
        supplied.Select(e => (string)e!["by"]!["kind"]!).ShouldContain("REGULATION");
        foreach (var exposure in supplied)
        {
            var through = (string)exposure!["through"]!["id"]!;
            var nodes = Ids(exposure["path"]!["nodes"]);
            nodes[0].ShouldBe("bytedance");
            ((string?)exposure["rule"]!["to"]!["id"]).ShouldBe(through);
            if (exposure["supply"] is { } supply)
            {
                // A supplied item hangs off the supply: the path ends at the supplier, whose supply names the item.
                nodes[^1].ShouldBe((string)supply["from"]!["id"]!);
                Ids(supply["items"]).ShouldContain(through);
            }
            else
            {
                nodes[^1].ShouldBe((string)exposure["by"]!["id"]!);
                nodes.ShouldContain(through);
            }

            exposure["paths"]!.AsArray().Count.ShouldBeGreaterThanOrEqualTo(1);
            Ids(exposure["paths"]![0]!["nodes"]).ShouldBe(nodes);
        }

        // The chips that Microsoft's cloud gives access to are restricted whoever makes them.
        var rules = supplied.Single(e => (string?)e!["by"]!["id"] == "us-ai-chip-rules-2025-01" && (string?)e["through"]!["id"] == "nvidia-ai-chips")!;
        ((string?)rules["supply"]!["to"]!["id"]).ShouldBe("bytedance");
        ((string?)rules["scope"]).ShouldBe("the owners and operators of the chips must be vetted");
        rules["paths"]!.AsArray().Select(p => Ids(p!["nodes"])[^1]).ShouldContain("us-ai-chip-rules-2025-01"); // also through Nvidia, which makes them
    }

    [Fact]
    public async Task Exposure_grouped_by_regulation_lists_every_way_each_one_reaches()
    {
        var data = await api.DataAsync("""
            { regulatoryExposure(id: "bytedance") { by { id } channels exposures { through { id } channel } }
              exposure(id: "bytedance") { by { id } through { id } } }
            """);

        var groups = data["regulatoryExposure"]!.AsArray();
        var byIds = groups.Select(g => (string)g!["by"]!["id"]!).ToList();
        byIds.ShouldBe(byIds.Order(StringComparer.Ordinal).Distinct());
        groups.Sum(g => g!["exposures"]!.AsArray().Count).ShouldBe(data["exposure"]!.AsArray().Count);
        var chipRules = groups.Single(g => (string?)g!["by"]!["id"] == "us-ai-chip-rules-2025-01")!;
        chipRules["channels"]!.AsArray().Select(c => (string?)c).ShouldBe(["SELF", "SUPPLIED", "LOCATION"]);
        chipRules["exposures"]!.AsArray().Select(e => (string?)e!["through"]!["id"]).ShouldBe(["bytedance", "china", "nvidia-ai-chips"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_article_mentions_what_its_mention_relationships_say_whichever_way_it_is_asked()
    {
        var data = await api.DataAsync("""
            {
              documents { id mentions { id } }
              document(id: "doc-reuters-2025-01-23-bytedance-ai-capex") { mentions { id } }
              entity(id: "doc-reuters-2025-01-23-bytedance-ai-capex") { relationships(direction: OUT, types: [MENTIONS]) { to { id } } }
              bytedance: entity(id: "bytedance") { sources { id } }
            }
            """);

        var viaRelationships = data["entity"]!["relationships"]!.AsArray().Select(r => (string)r!["to"]!["id"]!).Order(StringComparer.Ordinal).ToArray();
        viaRelationships.ShouldContain("bytedance");
        viaRelationships.ShouldContain("nvidia-h20");
        Ids(data["document"]!["mentions"]).ShouldBe(viaRelationships);
        var article = data["documents"]!.AsArray().Single(d => (string)d!["id"]! == "doc-reuters-2025-01-23-bytedance-ai-capex");
        Ids(article!["mentions"]).ShouldBe(viaRelationships);
        Ids(data["bytedance"]!["sources"]).ShouldContain("doc-reuters-2025-01-23-bytedance-ai-capex");
    }
}
