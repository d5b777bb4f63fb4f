using System.Text.Json.Nodes;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>How an analyst learns how each statement is known, and how exactly its dates are given.</summary>
public class ProvenanceQuestionsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string[] Ids(JsonNode? list) => list!.AsArray().Select(n => (string)n!["id"]!).ToArray();

    [Fact]
    public async Task Every_relationship_says_how_the_article_knows_it()
    {
        var data = await api.DataAsync("""
            { entity(id: "bytedance") { relationships(direction: IN, types: [SUPPLIES]) { id basis basisNote evidence } } }
            """);

        var relationships = data["entity"]!["relationships"]!.AsArray();
        var microsoft = relationships.Single(r => (string?)r!["id"] == "microsoft-supplies-bytedance")!;
        ((string?)microsoft["basis"]).ShouldBe("STATED");
        microsoft["basisNote"].ShouldBeNull();
        var huawei = relationships.Single(r => (string?)r!["id"] == "huawei-technologies-supplies-bytedance")!;
        ((string?)huawei["basis"]).ShouldBe("IMPLIED");
        ((string?)huawei["basisNote"])!.ShouldContain("beneficiary");
    }

    [Fact]
    public async Task Relationships_filter_by_basis_in_the_list_and_the_connection()
    {
        var data = await api.DataAsync("""
            { entity(id: "asia") {
                outside: relationships(direction: IN, basis: [OUTSIDE]) { id basis basisNote }
                stated: relationships(direction: IN, basis: [STATED]) { id }
                page: relationshipsConnection(direction: IN, basis: [OUTSIDE, IMPLIED]) { totalCount edges { node { id basis } } } } }
            """);

        var outside = data["entity"]!["outside"]!.AsArray();
        Ids(outside).ShouldBe(["china-part-of-asia", "southeast-asia-part-of-asia"]);
        outside.ShouldAllBe(r => (string?)r!["basis"] == "OUTSIDE" && ((string?)r["basisNote"])!.StartsWith("Geography"));
        Ids(data["entity"]!["stated"]).ShouldNotContain("china-part-of-asia");
        var page = data["entity"]!["page"]!;
        page["edges"]!.AsArray().Select(e => (string?)e!["node"]!["basis"]).ShouldAllBe(b => b == "OUTSIDE" || b == "IMPLIED");
        ((int)page["totalCount"]!).ShouldBe(page["edges"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_unknown_basis_is_refused_with_the_values_it_takes()
    {
        var answer = await api.QueryAsync("""{ entity(id: "asia") { relationships(basis: [GUESSED]) { id } } }""");

        ((string?)answer["errors"]![0]!["message"])!.ShouldContain("GUESSED");
        answer["data"].ShouldBeNull();
    }

    [Fact]
    public async Task Every_figure_says_how_it_is_known()
    {
        var data = await api.DataAsync("""{ entity(id: "bytedance") { figures { name basis basisNote details } } }""");

        var figures = data["entity"]!["figures"]!.AsArray();
        ((string?)figures.Single(f => (string?)f!["name"] == "capex2025")!["basis"]).ShouldBe("STATED");
        var purchase = figures.Single(f => (string?)f!["name"] == "nvidiaChipPurchasePlan")!;
        ((string?)purchase["basis"]).ShouldBe("IMPLIED");
        ((string?)purchase["basisNote"])!.ShouldContain("ByteDance");
        figures.ShouldAllBe(f => f!["basis"] != null);
        figures.ShouldAllBe(f => f!["details"]!["basis"] == null && f["details"]!["basisNote"] == null);
    }

    [Fact]
    public async Task Aliases_and_properties_from_outside_the_article_are_marked_with_why()
    {
        var data = await api.DataAsync("""
            { doubao: entity(id: "doubao") { aliasDetails { name basis note } }
              cambricon: entity(id: "cambricon-technologies") { propertyBases { property basis note } aliasDetails { name basis } }
              bytedance: entity(id: "bytedance") { aliasDetails { name basis note } } }
            """);

        var doubao = data["doubao"]!["aliasDetails"]!.AsArray();
        var chinese = doubao.Single(a => (string?)a!["name"] == "豆包")!;
        ((string?)chinese["basis"]).ShouldBe("OUTSIDE");
        ((string?)chinese["note"])!.ShouldContain("Chinese script");
        ((string?)doubao.Single(a => (string?)a!["name"] == "Doubao chatbot")!["basis"]).ShouldBe("IMPLIED");
        var cambricon = data["cambricon"]!["propertyBases"]!.AsArray();
        cambricon.Select(p => ((string?)p!["property"], (string?)p["basis"])).ShouldBe([("country", "OUTSIDE"), ("name", "OUTSIDE")]);
        cambricon.ShouldAllBe(p => !string.IsNullOrWhiteSpace((string?)p!["note"]));
        ((string?)data["cambricon"]!["aliasDetails"]!.AsArray().Single(a => (string?)a!["name"] == "Cambrian")!["basis"]).ShouldBe("STATED");
        data["bytedance"]!["aliasDetails"]!.AsArray().ShouldAllBe(a => (string?)a!["basis"] == "STATED" && a["note"] == null);
    }

    [Fact]
    public async Task Dates_come_at_the_precision_the_article_gives()
    {
        var data = await api.DataAsync("""
            { rules: entity(id: "us-ai-chip-rules-2025-01") { dates { name date precision start end text } }
              report: entity(id: "doc-the-information-2024-12-bytedance-nvidia-chips") { ... on Document { publishedOn publishedOnPrecision } }
              article: entity(id: "doc-reuters-2025-01-23-bytedance-ai-capex") { ... on Document { publishedOnPrecision } }
              restricts: entity(id: "us-chip-export-controls-china") { relationships(direction: OUT, types: [RESTRICTS]) {
                id reportedOn reportedOnPrecision validFrom validFromPrecision validTo validToPrecision } } }
            """);

        var issued = data["rules"]!["dates"]!.AsArray().Single(d => (string?)d!["name"] == "issuedOn")!;
        ((string?)issued["precision"]).ShouldBe("WEEK");
        ((string?)issued["text"]).ShouldBe("2025-W03");
        ((string?)issued["start"]).ShouldBe("2025-01-13");
        ((string?)issued["end"]).ShouldBe("2025-01-19");
        ((string?)data["report"]!["publishedOn"]).ShouldBe("2024-12-01");
        ((string?)data["report"]!["publishedOnPrecision"]).ShouldBe("MONTH");
        ((string?)data["article"]!["publishedOnPrecision"]).ShouldBe("DAY");
        var restricts = data["restricts"]!["relationships"]!.AsArray();
        var bytedance = restricts.Single(r => (string?)r!["id"] == "us-chip-export-controls-china-restricts-bytedance")!;
        ((string?)bytedance["validFrom"]).ShouldBe("2023-01-01");
        ((string?)bytedance["validFromPrecision"]).ShouldBe("YEAR");
        ((string?)bytedance["reportedOnPrecision"]).ShouldBe("DAY");
        bytedance["validToPrecision"].ShouldBeNull();
        var china = restricts.Single(r => (string?)r!["id"] == "us-chip-export-controls-china-restricts-china")!;
        china["validFrom"].ShouldBeNull();
        china["validFromPrecision"].ShouldBeNull();
    }

    [Fact]
    public async Task Events_are_dated_properties_not_validity()
    {
        var data = await api.DataAsync("""
            { order: entity(id: "tiktok-ban-postponement-order") { properties }
              trump: entity(id: "donald-trump") { relationships(direction: OUT) { id validFrom validTo dates { name text } } } }
            """);

        var issued = data["trump"]!["relationships"]!.AsArray().Single(r => (string?)r!["id"] == "donald-trump-issued-tiktok-ban-postponement-order")!;
        issued["validFrom"].ShouldBeNull();
        issued["validTo"].ShouldBeNull();
        issued["dates"]!.AsArray().Select(d => ((string?)d!["name"], (string?)d["text"])).ShouldContain(("signedOn", "2025-01-20"));
        data["trump"]!["relationships"]!.AsArray().ShouldAllBe(r => r!["validTo"] == null);
        var order = data["order"]!["properties"]!;
        ((string?)order["postponementTo"]).ShouldBe("2025-04-05");
        ((string?)order["postponementToBasis"]).ShouldBe("implied");
        order["validTo"].ShouldBeNull();
    }

    [Fact]
    public async Task Traversals_can_keep_to_what_the_sources_state()
    {
        var data = await api.DataAsync("""
            { stated: supplyChain(id: "bytedance", maxTiers: 2, basis: [STATED]) { tiers { entities { id } relationships { basis } } }
              all: supplyChain(id: "bytedance", maxTiers: 2) { tiers { entities { id } } }
              outside: neighborhood(id: "asia", basis: [OUTSIDE]) { nodes { id } edges { id basis } }
              exposure(id: "bytedance", basis: [STATED]) { by { id } rule { basis } } }
            """);

        var stated = data["stated"]!["tiers"]!.AsArray();
        stated.Select(t => Ids(t!["entities"])).ShouldBe([["microsoft"]]);
        stated.SelectMany(t => t!["relationships"]!.AsArray()).ShouldAllBe(r => (string?)r!["basis"] == "STATED");
        Ids(data["all"]!["tiers"]![0]!["entities"]).Length.ShouldBeGreaterThan(1);
        Ids(data["outside"]!["nodes"]).Order(StringComparer.Ordinal).ShouldBe(["asia", "china", "southeast-asia"]);
        data["outside"]!["edges"]!.AsArray().ShouldAllBe(e => (string?)e!["basis"] == "OUTSIDE");
        var exposure = data["exposure"]!.AsArray();
        exposure.Select(e => (string?)e!["by"]!["id"]).ShouldContain("us-ai-chip-rules-2025-01");
        exposure.ShouldAllBe(e => e!["rule"] == null || (string?)e["rule"]!["basis"] == "STATED");
    }
}
