using System.Net;
using System.Text.Json;
using GraphExplorer.Api.Tests.Hosting;
using GraphExplorer.Api.Tests.Http;

namespace GraphExplorer.Api.Tests.Writes;

/// <summary>The write path as a user meets it: the real server, a write credential, a journal folder, and restarts.</summary>
public sealed class MutationTests : IDisposable
{
    private const string ApiKey = "mutation-test-key-0123456789";
    private const string Document = "doc-example-2026-12-01-cambricon-bytedance";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "graphexplorer-mutations-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private ConfiguredApiFactory Start() => new(new Dictionary<string, string?>
    {
        ["GraphExplorer:DataDirectory"] = _data,
        ["GraphExplorer:Security:ApiKeys:0"] = "another-key-that-is-long-enough",
        ["GraphExplorer:Security:ApiKeys:1"] = ApiKey,
    });

    private static Task<GraphQLHttpResponse> WriteAsync(ConfiguredApiFactory api, string query, object? variables = null) =>
        api.PostJsonAsync(new { query, variables }, r => r.Headers.Add("X-Api-Key", ApiKey));

    private static async Task<JsonElement> DataAsync(ConfiguredApiFactory api, string query, object? variables = null, bool write = false)
    {
        var response = write ? await WriteAsync(api, query, variables) : await api.PostJsonAsync(new { query, variables });
        response.Errors.ShouldBeEmpty(response.Text);
        return response.Data;
    }

    private const string AddSecondArticle = """
        mutation($doc: DocumentInput!, $company: EntityInput!, $supplies: RelationshipInput!) {
          upsertDocument(input: $doc) { id title publisher publishedOn publishedOnPrecision }
          upsertEntity(input: $company) { id name aliases ... on Company { figures { name amount unit basis } } }
          addRelationship(input: $supplies) { id type from { id } to { id } source { id } evidence reportedOn basis properties }
        }
        """;

    private static object SecondArticle(string evidence = "The report says Cambricon ships AI chips to ByteDance.") => new
    {
        doc = new { id = Document, title = "Example report on Cambricon and ByteDance", publisher = "Example News", publishedOn = "2026-12-01", publishedOnPrecision = "DAY" },
        company = new
        {
            id = "cambricon",
            kind = "COMPANY",
            name = "Cambricon",
            aliases = new[] { "Cambrian" },
            source = Document,
            evidence = "The report names Cambricon as a chip supplier.",
            figures = new[] { new { name = "orders2026", amount = 1.5e9, unit = "CNY", basis = "STATED" } },
        },
        supplies = new { type = "SUPPLIES", from = "cambricon", to = "bytedance", source = Document, evidence, reportedOn = "2026-12-01", properties = new { what = "AI chips" } },
    };

    [Fact]
    public async Task A_second_articles_facts_are_written_seen_by_the_traversals_at_once_and_kept_over_a_hard_restart()
    {
        await using (var api = Start())
        {
            var written = await DataAsync(api, AddSecondArticle, SecondArticle(), write: true);

            written.GetProperty("upsertDocument").GetProperty("publishedOn").GetString().ShouldBe("2026-12-01");
            written.GetProperty("upsertEntity").GetProperty("aliases")[0].GetString().ShouldBe("Cambrian");
            var relationship = written.GetProperty("addRelationship");
            relationship.GetProperty("id").GetString().ShouldBe("cambricon-supplies-bytedance");
            relationship.GetProperty("basis").GetString().ShouldBe("STATED");
            relationship.GetProperty("properties").GetProperty("what").GetString().ShouldBe("AI chips");

            var chain = await DataAsync(api, "{ supplyChain(id: \"bytedance\") { tiers { entities { id } } } }");
            chain.ToString().ShouldContain("\"cambricon\"");
        }

        await using (var restarted = Start())
        {
            var seen = await DataAsync(restarted, """
                { neighborhood(id: "cambricon") { edges { id source { id } } }
                  search(text: "Cambrian") { id }
                  history(id: "bytedance") { sequence operation target source { id } by } }
                """);
            seen.GetProperty("neighborhood").GetProperty("edges")[0].GetProperty("id").GetString().ShouldBe("cambricon-supplies-bytedance");
            seen.GetProperty("search")[0].GetProperty("id").GetString().ShouldBe("cambricon");
            var change = seen.GetProperty("history").EnumerateArray().ShouldHaveSingleItem();
            change.GetProperty("sequence").GetInt32().ShouldBe(3);
            change.GetProperty("operation").GetString().ShouldBe("addRelationship");
            change.GetProperty("by").GetString().ShouldBe("api-key:1");
            change.GetProperty("source").GetProperty("id").GetString().ShouldBe(Document);
        }
    }

    [Fact]
    public async Task A_refused_write_answers_with_a_code_and_the_field_at_fault_and_changes_nothing()
    {
        await using var api = Start();
        await DataAsync(api, AddSecondArticle, SecondArticle(), write: true);
        var journal = await File.ReadAllBytesAsync(Path.Combine(_data, "journal.cypher"), Cancellation);

        var refused = await WriteAsync(api, """
            mutation { addRelationship(input: {type: OWNS, from: "bytedance", to: "tiktok", source: "doc-example-2026-12-01-cambricon-bytedance",
                                              evidence: "A stake.", properties: {percentage: 101}}) { id } }
            """);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorCodes.ShouldBe(["BAD_USER_INPUT"]);
        refused.Errors[0].GetProperty("extensions").GetProperty("field").GetString().ShouldBe("input.properties.percentage");
        refused.Data.ValueKind.ShouldBe(JsonValueKind.Null);
        (await File.ReadAllBytesAsync(Path.Combine(_data, "journal.cypher"), Cancellation)).ShouldBe(journal);

        var unknown = await WriteAsync(api, """mutation { addRelationship(input: {type: SUPPLIES, from: "nvidia", to: "nobody-here", source: "doc-example-2026-12-01-cambricon-bytedance", evidence: "x"}) { id } }""");
        unknown.ErrorCodes.ShouldBe(["NOT_FOUND"]);
        unknown.Errors[0].GetProperty("extensions").GetProperty("field").GetString().ShouldBe("input.to");

        var wrongKind = await WriteAsync(api, """mutation { upsertEntity(input: {id: "bytedance", kind: CHIP, name: "B", source: "doc-example-2026-12-01-cambricon-bytedance", evidence: "x"}) { id } }""");
        wrongKind.ErrorCodes.ShouldBe(["CONFLICT"]);

        var notADate = await WriteAsync(api, """mutation { addRelationship(input: {type: SUPPLIES, from: "nvidia", to: "bytedance", source: "doc-example-2026-12-01-cambricon-bytedance", evidence: "x", validFrom: "2025-13-01"}) { id } }""");
        notADate.ErrorCodes.ShouldBe(["ARGUMENTS_OF_CORRECT_TYPE"]);
        notADate.ErrorMessages[0].ShouldContain("validFrom");
        notADate.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task Without_a_credential_a_write_is_refused_before_it_runs()
    {
        await using var api = Start();

        var response = await api.PostJsonAsync(new { query = AddSecondArticle, variables = SecondArticle() });
        var wrongKey = await api.PostJsonAsync(new { query = AddSecondArticle, variables = SecondArticle() }, r => r.Headers.Add("X-Api-Key", "not-a-configured-key-at-all"));

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
        wrongKey.Status.ShouldBe(HttpStatusCode.Forbidden);
        File.Exists(Path.Combine(_data, "journal.cypher")).ShouldBeTrue();
        (await File.ReadAllTextAsync(Path.Combine(_data, "journal.cypher"), Cancellation)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_retraction_hides_a_relationship_now_keeps_it_as_of_before_and_is_listed_with_its_reason()
    {
        await using var api = Start();
        await DataAsync(api, AddSecondArticle, SecondArticle(), write: true);

        var retracted = await DataAsync(api, """
            mutation { retractRelationship(id: "cambricon-supplies-bytedance", reason: "The report was corrected.", source: "doc-example-2026-12-01-cambricon-bytedance") {
              id retraction { on by reason source { id } } } }
            """, write: true);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var read = await DataAsync(api, """
            query($before: Date!) {
              now: entity(id: "cambricon") { relationships { id } }
              before: entity(id: "cambricon") { relationships(asOf: $before) { id retraction { reason } } }
              history(id: "cambricon-supplies-bytedance") { operation reason }
            }
            """, new { before = yesterday });

        var retraction = retracted.GetProperty("retractRelationship").GetProperty("retraction");
        retraction.GetProperty("by").GetString().ShouldBe("api-key:1");
        retraction.GetProperty("reason").GetString().ShouldBe("The report was corrected.");
        read.GetProperty("now").GetProperty("relationships").GetArrayLength().ShouldBe(0);
        read.GetProperty("before").GetProperty("relationships")[0].GetProperty("retraction").GetProperty("reason").GetString().ShouldBe("The report was corrected.");
        read.GetProperty("history").EnumerateArray().Select(c => c.GetProperty("operation").GetString()).ShouldBe(["addRelationship", "retractRelationship"]);
    }

    [Fact]
    public async Task The_same_write_sent_again_returns_what_is_held_and_adds_nothing()
    {
        await using var api = Start();

        await DataAsync(api, AddSecondArticle, SecondArticle(), write: true);
        var again = await DataAsync(api, AddSecondArticle, SecondArticle(), write: true);

        again.GetProperty("addRelationship").GetProperty("id").GetString().ShouldBe("cambricon-supplies-bytedance");
        var history = await DataAsync(api, "{ history(id: \"cambricon\") { sequence } }");
        history.GetProperty("history").GetArrayLength().ShouldBe(2);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
