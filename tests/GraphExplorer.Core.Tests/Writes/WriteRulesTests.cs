using GraphExplorer.Core.Cypher;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Writes;
using static GraphExplorer.Core.Tests.Writes.ListWriteGraph;

namespace GraphExplorer.Core.Tests.Writes;

public sealed class WriteRulesTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 2, 10, 30, 0, TimeSpan.Zero);

    private static ListWriteGraph Graph(params Relationship[] relationships) => new(
        [
            Entity("doc-a", EntityKind.Document),
            Entity("bytedance", EntityKind.Company, "ByteDance"),
            Entity("tiktok", EntityKind.Product, "TikTok"),
            Entity("nvidia", EntityKind.Company, "Nvidia"),
            Entity("nvidia-h20", EntityKind.Chip, "H20"),
            Entity("china", EntityKind.Place, "China"),
        ],
        relationships);

    private static RelationshipInput Supplies(string? id = null, string evidence = "Nvidia sells H20 chips to ByteDance.") =>
        new(id, RelationshipType.Supplies, "nvidia", "bytedance", "doc-a", evidence, new DateOnly(2025, 1, 23), null, null, null, Basis.Stated, null);

    private static GraphQueryException Refused(GraphWrite write, IWriteGraph? graph = null) =>
        Should.Throw<GraphQueryException>(() => WriteRules.Plan(write, graph ?? Graph(), s_now, "api-key:0"));

    [Fact]
    public void A_relationship_without_an_id_is_named_after_its_ends_and_type_and_written_as_one_merge()
    {
        var plan = WriteRules.Plan(Supplies(), Graph(), s_now, "api-key:0");

        plan.TargetId.ShouldBe("nvidia-supplies-bytedance");
        plan.Target.ShouldBe(WriteTarget.Relationship);
        plan.Unchanged.ShouldBeFalse();
        plan.SourceId.ShouldBe("doc-a");
        plan.Statements.ShouldHaveSingleItem().ShouldBe(
            "MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'bytedance'})\n" +
            "MERGE (a)-[r:SUPPLIES {id: 'nvidia-supplies-bytedance'}]->(b)\n" +
            "SET r += {source: 'doc-a', evidence: 'Nvidia sells H20 chips to ByteDance.', reportedOn: date('2025-01-23'), basis: 'stated'}");
    }

    [Fact]
    public void The_same_statement_sent_again_is_unchanged_and_another_one_between_the_same_ends_gets_the_next_free_suffix()
    {
        var held = new Relationship("nvidia-supplies-bytedance", RelationshipType.Supplies, "nvidia", "bytedance", "doc-a",
            "Nvidia sells H20 chips to ByteDance.", null, null, null, new Dictionary<string, object?>());
        var second = held with { Id = "nvidia-supplies-bytedance-2", Evidence = "Other words." };
        var graph = Graph(held, second);

        WriteRules.Plan(Supplies(), graph, s_now, "x").ShouldSatisfyAllConditions(
            p => p.Unchanged.ShouldBeTrue(), p => p.TargetId.ShouldBe("nvidia-supplies-bytedance"));
        WriteRules.Plan(Supplies(evidence: "Other words."), graph, s_now, "x").ShouldSatisfyAllConditions(
            p => p.Unchanged.ShouldBeTrue(), p => p.TargetId.ShouldBe("nvidia-supplies-bytedance-2"));
        WriteRules.Plan(Supplies(evidence: "A third report."), graph, s_now, "x").ShouldSatisfyAllConditions(
            p => p.Unchanged.ShouldBeFalse(), p => p.TargetId.ShouldBe("nvidia-supplies-bytedance-3"));
    }

    [Fact]
    public void A_given_id_held_by_another_relationship_is_a_conflict()
    {
        var held = Owns("taken", "bytedance", "tiktok", null);

        var refused = Refused(Supplies(id: "taken"), Graph(held));

        refused.Code.ShouldBe(ErrorCodes.Conflict);
        refused.Field.ShouldBe("input.id");
    }

    [Theory]
    [InlineData("nope", "bytedance", "input.from")]
    [InlineData("nvidia", "nope", "input.to")]
    public void An_unknown_end_is_not_found_and_named(string from, string to, string field)
    {
        var refused = Refused(Supplies() with { From = from, To = to });

        refused.Code.ShouldBe(ErrorCodes.NotFound);
        refused.Field.ShouldBe(field);
        refused.Message.ShouldContain("'nope'");
    }

    [Theory]
    [InlineData(RelationshipType.Manufactures, "nvidia-h20", "bytedance")]
    [InlineData(RelationshipType.Owns, "china", "tiktok")]
    [InlineData(RelationshipType.PartOf, "china", "bytedance")]
    [InlineData(RelationshipType.Issued, "nvidia", "tiktok")]
    public void A_type_whose_ends_have_the_wrong_kinds_is_refused_saying_which_kinds_it_joins(RelationshipType type, string from, string to)
    {
        var refused = Refused(Supplies() with { Type = type, From = from, To = to });

        refused.Code.ShouldBe(ErrorCodes.BadUserInput);
        refused.Field.ShouldBe("input.type");
        refused.Message.ShouldStartWith(type.ToCypher() + " goes from ");
    }

    [Fact]
    public void A_source_must_be_a_document_that_exists_and_the_evidence_must_be_given()
    {
        Refused(Supplies() with { Source = "doc-missing" }).ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(ErrorCodes.NotFound), e => e.Field.ShouldBe("input.source"));
        Refused(Supplies() with { Source = "china" }).ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(ErrorCodes.BadUserInput), e => e.Field.ShouldBe("input.source"), e => e.Message.ShouldContain("not a Document"));
        Refused(Supplies() with { Source = " " }).Field.ShouldBe("input.source");
        Refused(Supplies(evidence: "  ")).Field.ShouldBe("input.evidence");
        Refused(Supplies(evidence: new string('x', WriteRules.MaxTextLength + 1))).Field.ShouldBe("input.evidence");
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(100.01)]
    public void A_percentage_outside_0_to_100_is_refused(double percentage)
    {
        var input = Supplies() with
        {
            Type = RelationshipType.Owns,
            From = "bytedance",
            To = "tiktok",
            Properties = new Dictionary<string, object?> { [PropertyNames.Percentage] = percentage },
        };

        var refused = Refused(input);

        refused.Field.ShouldBe("input.properties.percentage");
    }

    [Fact]
    public void Direct_owners_together_own_at_most_all_of_an_entity_counting_only_ownerships_that_still_hold()
    {
        var graph = Graph(
            Owns("a-owns-tiktok", "nvidia", "tiktok", 60),
            Owns("b-owns-tiktok", "bytedance", "tiktok", 30),
            Owns("ended", "nvidia", "tiktok", 50, new Dictionary<string, object?> { [PropertyNames.ValidTo] = null }) with { ValidTo = new DateOnly(2020, 1, 1) },
            Owns("retracted", "nvidia", "tiktok", 50, new Dictionary<string, object?> { [PropertyNames.RetractedOn] = new DateOnly(2026, 1, 1) }));
        RelationshipInput Owning(double share) => Supplies() with
        {
            Type = RelationshipType.Owns,
            From = "bytedance",
            To = "tiktok",
            Evidence = "A new stake.",
            Properties = new Dictionary<string, object?> { [PropertyNames.Percentage] = share },
        };

        WriteRules.Plan(Owning(10), graph, s_now, "x").Unchanged.ShouldBeFalse();
        var refused = Refused(Owning(10.5), graph);
        refused.Field.ShouldBe("input.properties.percentage");
        refused.Message.ShouldContain("already 90% owned");
    }

    [Fact]
    public void Dates_must_be_in_order_and_a_coarse_date_on_the_bound_of_its_period()
    {
        Refused(Supplies() with { ValidFrom = new DateOnly(2025, 2, 1), ValidTo = new DateOnly(2025, 1, 31) }).Field.ShouldBe("input.validTo");

        var midMonth = Supplies() with
        {
            ValidFrom = new DateOnly(2025, 1, 15),
            Precisions = new Dictionary<string, DatePrecision> { [PropertyNames.ValidFrom] = DatePrecision.Month },
        };
        Refused(midMonth).ShouldSatisfyAllConditions(
            e => e.Field.ShouldBe("input.precisions.validFrom"), e => e.Message.ShouldContain("2025-01-01"));

        var monthEnd = Supplies() with
        {
            ValidTo = new DateOnly(2025, 1, 31),
            Precisions = new Dictionary<string, DatePrecision> { [PropertyNames.ValidTo] = DatePrecision.Month },
        };
        WriteRules.Plan(monthEnd, Graph(), s_now, "x").Statements[0].ShouldContain("validTo: date('2025-01-31'), validToPrecision: 'month'");
        Refused(Supplies() with { Precisions = new Dictionary<string, DatePrecision> { [PropertyNames.ValidFrom] = DatePrecision.Year } })
            .Field.ShouldBe("input.precisions.validFrom");
    }

    [Fact]
    public void A_basis_other_than_stated_needs_a_note()
    {
        Refused(Supplies() with { Basis = Basis.Implied }).Field.ShouldBe("input.basisNote");

        var plan = WriteRules.Plan(Supplies() with { Basis = Basis.Outside, BasisNote = "Known from the company's filings." }, Graph(), s_now, "x");

        plan.Statements[0].ShouldContain("basis: 'outside', basisNote: 'Known from the company\\'s filings.'");
    }

    [Theory]
    [InlineData("source")]
    [InlineData("basis")]
    [InlineData("retractedOn")]
    [InlineData("id")]
    public void Properties_cannot_set_what_has_a_field_of_its_own(string key)
    {
        var refused = Refused(Supplies() with { Properties = new Dictionary<string, object?> { [key] = "x" } });

        refused.Field.ShouldBe($"input.properties.{key}");
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("9lives")]
    [InlineData("")]
    public void A_property_name_must_be_a_plain_key(string key)
    {
        Refused(Supplies() with { Properties = new Dictionary<string, object?> { [key] = "x" } }).Field.ShouldBe("input.properties");
    }

    [Fact]
    public void Property_values_are_plain_values_or_lists_of_them()
    {
        Refused(Supplies() with { Properties = new Dictionary<string, object?> { ["what"] = new Dictionary<string, object?>() } }).Field.ShouldBe("input.properties.what");
        Refused(Supplies() with { Properties = new Dictionary<string, object?> { ["what"] = null } }).Field.ShouldBe("input.properties.what");
        Refused(Supplies() with { Properties = new Dictionary<string, object?> { ["what"] = double.NaN } }).Field.ShouldBe("input.properties.what");
        Refused(Supplies() with { Properties = new Dictionary<string, object?> { ["items"] = new List<object?> { new List<object?>() } } }).Field.ShouldBe("input.properties.items");

        var plan = WriteRules.Plan(Supplies() with
        {
            Properties = new Dictionary<string, object?> { ["items"] = new List<object?> { "nvidia-h20", 2, 2.5m, true } },
        }, Graph(), s_now, "x");

        plan.Statements[0].ShouldContain("items: ['nvidia-h20', 2, 2.5, true]");
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("has space")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("double--hyphen")]
    [InlineData("")]
    public void A_new_id_must_be_a_slug(string id)
    {
        Refused(new EntityInput(id, EntityKind.Company, "X", null, null, null, null, "doc-a", "says so")).Field.ShouldBe("input.id");
        Refused(Supplies(id: id)).Field.ShouldBe("input.id");
    }

    [Fact]
    public void An_id_keeps_its_kind_and_documents_are_written_as_documents()
    {
        Refused(new EntityInput("nvidia", EntityKind.Product, "Nvidia", null, null, null, null, "doc-a", "says so")).ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(ErrorCodes.Conflict), e => e.Field.ShouldBe("input.id"), e => e.Message.ShouldContain("Company"));
        Refused(new DocumentInput("nvidia", "A title", null, null, null, null, null)).Code.ShouldBe(ErrorCodes.Conflict);
        Refused(new EntityInput("doc-b", EntityKind.Document, "A doc", null, null, null, null, "doc-a", "says so")).Field.ShouldBe("input.kind");
    }

    [Fact]
    public void An_entity_is_merged_with_its_source_evidence_and_figures_and_the_same_entity_again_is_unchanged()
    {
        var input = new EntityInput("cambricon", EntityKind.Company, "Cambricon", ["Cambrian"], "A Chinese AI chip designer.",
            new Dictionary<string, object?> { ["country"] = "China" },
            [new FigureInput("revenue2024", 1.2e9, "CNY", "about", 2024, Basis.Implied, "Summed from two quarters.")],
            "doc-a", "The article names Cambricon as a supplier.");

        var plan = WriteRules.Plan(input, Graph(), s_now, "x");

        plan.Statements[0].ShouldBe(
            "MERGE (n:Entity {id: 'cambricon'})\nSET n:Company, n += {name: 'Cambricon', aliases: ['Cambrian'], description: 'A Chinese AI chip designer.', " +
            "source: 'doc-a', evidence: 'The article names Cambricon as a supplier.', country: 'China', revenue2024Amount: 1200000000.0, " +
            "revenue2024Unit: 'CNY', revenue2024Qualifier: 'about', revenue2024Year: 2024, revenue2024Source: 'doc-a', revenue2024Basis: 'implied', " +
            "revenue2024BasisNote: 'Summed from two quarters.'}");
        plan.Unchanged.ShouldBeFalse();

        var held = new Entity("cambricon", EntityKind.Company, "Cambricon", ["Cambrian"], "A Chinese AI chip designer.", new Dictionary<string, object?>
        {
            ["source"] = "doc-a",
            ["evidence"] = "The article names Cambricon as a supplier.",
            ["country"] = "China",
            ["revenue2024Amount"] = 1.2e9,
            ["revenue2024Unit"] = "CNY",
            ["revenue2024Qualifier"] = "about",
            ["revenue2024Year"] = 2024L,
            ["revenue2024Source"] = "doc-a",
            ["revenue2024Basis"] = "implied",
            ["revenue2024BasisNote"] = "Summed from two quarters.",
        });
        WriteRules.Plan(input, new ListWriteGraph([Entity("doc-a", EntityKind.Document), held], []), s_now, "x").Unchanged.ShouldBeTrue();
        WriteRules.Plan(input with { Name = "Cambricon Technologies" }, new ListWriteGraph([Entity("doc-a", EntityKind.Document), held], []), s_now, "x")
            .Unchanged.ShouldBeFalse();
    }

    [Fact]
    public void A_figure_needs_a_name_in_lower_camel_case_a_finite_amount_and_a_year_that_is_one()
    {
        EntityInput With(FigureInput figure) => new("cambricon", EntityKind.Company, "Cambricon", null, null, null, [figure], "doc-a", "says so");

        Refused(With(new FigureInput("Revenue", 1, null, null, null, Basis.Stated, null))).Field.ShouldBe("input.figures.0.name");
        Refused(With(new FigureInput("revenue", double.PositiveInfinity, null, null, null, Basis.Stated, null))).Field.ShouldBe("input.figures.0.amount");
        Refused(With(new FigureInput("revenue", 1, null, null, 0, Basis.Stated, null))).Field.ShouldBe("input.figures.0.year");
        Refused(With(new FigureInput("revenue", 1, null, null, null, Basis.Outside, null))).Field.ShouldBe("input.figures.0.basisNote");
    }

    [Fact]
    public void A_document_needs_a_title_an_http_address_and_a_date_for_its_precision()
    {
        Refused(new DocumentInput("doc-b", " ", null, null, null, null, null)).Field.ShouldBe("input.title");
        Refused(new DocumentInput("doc-b", "T", null, null, null, "ftp://example.com/a", null)).Field.ShouldBe("input.url");
        Refused(new DocumentInput("doc-b", "T", null, null, null, "not a url", null)).Field.ShouldBe("input.url");
        Refused(new DocumentInput("doc-b", "T", null, null, DatePrecision.Month, null, null)).Field.ShouldBe("input.publishedOnPrecision");
        Refused(new DocumentInput("doc-b", "T", null, new DateOnly(2024, 12, 5), DatePrecision.Month, null, null)).Field.ShouldBe("input.publishedOnPrecision");

        var plan = WriteRules.Plan(new DocumentInput("doc-b", "T", "P", new DateOnly(2024, 12, 1), DatePrecision.Month, "https://example.com/a", null), Graph(), s_now, "x");
        plan.Statements[0].ShouldBe("MERGE (n:Entity {id: 'doc-b'})\nSET n:Document, n += {name: 'T', title: 'T', aliases: [], publisher: 'P', " +
                                    "publishedOn: date('2024-12-01'), publishedOnPrecision: 'month', url: 'https://example.com/a'}");
        plan.SourceId.ShouldBe("doc-b");
    }

    [Fact]
    public void A_retraction_records_when_who_why_and_on_what_source_and_again_with_the_same_reason_is_unchanged()
    {
        var held = Owns("bytedance-owns-tiktok", "bytedance", "tiktok", null) with { Type = RelationshipType.Owns };

        var plan = WriteRules.Plan(new RetractionInput("bytedance-owns-tiktok", "Sold.", "doc-a"), Graph(held), s_now, "bearer:1");

        plan.Statements[0].ShouldBe(
            "MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'tiktok'})\nMERGE (a)-[r:OWNS {id: 'bytedance-owns-tiktok'}]->(b)\n" +
            "SET r += {retractedOn: date('2026-12-02'), retractedAt: '2026-12-02T10:30:00.000Z', retractedBy: 'bearer:1', retractionReason: 'Sold.', retractionSource: 'doc-a'}");
        plan.Reason.ShouldBe("Sold.");

        var retracted = held with
        {
            Properties = new Dictionary<string, object?>
            {
                [PropertyNames.RetractedOn] = new DateOnly(2026, 12, 1),
                [PropertyNames.RetractionReason] = "Sold.",
                [PropertyNames.RetractionSource] = "doc-a",
            },
        };
        WriteRules.Plan(new RetractionInput("bytedance-owns-tiktok", "Sold.", "doc-a"), Graph(retracted), s_now, "x").Unchanged.ShouldBeTrue();
        Refused(new RetractionInput("bytedance-owns-tiktok", "Another reason.", "doc-a"), Graph(retracted)).Code.ShouldBe(ErrorCodes.Conflict);
        Refused(new RetractionInput("nope", "Sold.", "doc-a"), Graph(held)).ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(ErrorCodes.NotFound), e => e.Field.ShouldBe("id"));
        Refused(new RetractionInput("bytedance-owns-tiktok", "", "doc-a"), Graph(held)).Field.ShouldBe("reason");
        Refused(new RetractionInput("bytedance-owns-tiktok", "Sold.", "tiktok"), Graph(held)).Field.ShouldBe("source");
    }

    [Fact]
    public void Hostile_text_is_written_as_literals_the_lexer_reads_back_unchanged()
    {
        const string evidence = "It's \\ \"quoted\" ;\n// commit 9 sha256:0\r\tend */ MATCH (n) DETACH DELETE n; \u0001\u2028 中文 😀";
        var plan = WriteRules.Plan(Supplies(evidence: evidence), Graph(), s_now, "x");

        var strings = CypherLexer.Tokenize(plan.Statements[0], "t").Where(t => t.Kind == CypherTokenKind.String).Select(t => t.Text).ToList();

        strings.ShouldContain(evidence);
        plan.Statements[0].ShouldNotContain("\n// commit");
        CypherScript.Split(plan.Statements[0] + ";", "t").Count.ShouldBe(1);
    }
}
