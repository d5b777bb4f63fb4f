using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;
using GraphExplorer.Core.Writes;
using GraphExplorer.Embedded.Loading;
using GraphExplorer.Embedded.Writes;
using static GraphExplorer.Embedded.Tests.Writes.WriterHarness;

namespace GraphExplorer.Embedded.Tests.Writes;

public sealed class EmbeddedGraphWriterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly RelationshipFilter s_everything = new(Direction.Both, null, 100);

    [Fact]
    public async Task A_write_is_seen_by_readers_at_once_and_after_a_restart()
    {
        using var harness = new WriterHarness();

        var outcome = await harness.WriteAsync(Supplies("nvidia", "bytedance", "Nvidia sells chips to ByteDance."));

        outcome.Change!.Sequence.ShouldBe(1);
        outcome.Relationship!.Id.ShouldBe("nvidia-supplies-bytedance");
        (await RelationshipIdsAsync(harness.Store, "bytedance")).ShouldBe(["bytedance-owns-tiktok", "nvidia-supplies-bytedance"]);

        harness.Restart();

        (await RelationshipIdsAsync(harness.Store, "bytedance")).ShouldBe(["bytedance-owns-tiktok", "nvidia-supplies-bytedance"]);
        harness.Graph.FindRelationship("nvidia-supplies-bytedance")!.Evidence.ShouldBe("Nvidia sells chips to ByteDance.");
        (await harness.Writer.HistoryAsync("nvidia-supplies-bytedance", Token)).ShouldHaveSingleItem().Operation.ShouldBe("addRelationship");
    }

    [Fact]
    public async Task A_refused_write_changes_neither_the_graph_nor_the_journal()
    {
        using var harness = new WriterHarness();
        await harness.WriteAsync(Document("doc-b"));
        var before = harness.Graph;
        var journal = await File.ReadAllBytesAsync(harness.JournalPath, Token);

        var refused = await Should.ThrowAsync<GraphQueryException>(() => harness.WriteAsync(Supplies("nvidia", "nowhere", "x")));

        refused.Code.ShouldBe(ErrorCodes.NotFound);
        harness.Graph.ShouldBeSameAs(before);
        (await File.ReadAllBytesAsync(harness.JournalPath, Token)).ShouldBe(journal);
    }

    [Fact]
    public async Task The_same_write_sent_twice_is_made_once()
    {
        using var harness = new WriterHarness();

        var first = await harness.WriteAsync(Supplies("nvidia", "bytedance", "Same words."));
        var again = await harness.WriteAsync(Supplies("nvidia", "bytedance", "Same words."));

        again.Change.ShouldBeNull();
        again.Relationship!.Id.ShouldBe(first.Relationship!.Id);
        harness.Graph.RelationshipCount.ShouldBe(2);
        (await File.ReadAllLinesAsync(harness.JournalPath, Token)).Count(l => l.StartsWith("// commit", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_writes_are_all_made_numbered_one_after_another_and_a_refused_one_among_them_fails_alone()
    {
        using var harness = new WriterHarness();
        var writes = Enumerable.Range(0, 300)
            .Select(i => i % 50 == 7 ? Supplies("nvidia", "missing", $"bad {i}") : Supplies("nvidia", "bytedance", $"Report number {i}."))
            .ToList();

        var results = await Task.WhenAll(writes.Select(w => Task.Run(async () =>
        {
            try
            {
                return (Outcome: await harness.WriteAsync(w), Error: (GraphQueryException?)null);
            }
            catch (GraphQueryException e)
            {
                return (Outcome: (WriteOutcome?)null, Error: e);
            }
        })));

        results.Count(r => r.Error is not null).ShouldBe(6);
        results.Where(r => r.Error is not null).ShouldAllBe(r => r.Error!.Code == ErrorCodes.NotFound);
        var sequences = results.Where(r => r.Outcome is not null).Select(r => r.Outcome!.Change!.Sequence).Order().ToList();
        sequences.ShouldBe(Enumerable.Range(1, 294).Select(i => (long)i));
        results.Where(r => r.Outcome is not null).Select(r => r.Outcome!.Relationship!.Id).Distinct().Count().ShouldBe(294);
        harness.Graph.RelationshipCount.ShouldBe(295);

        harness.Restart();
        harness.Graph.RelationshipCount.ShouldBe(295);
    }

    [Fact]
    public async Task A_retracted_relationship_is_left_out_now_but_seen_as_of_a_date_before_its_retraction()
    {
        using var harness = new WriterHarness();

        var outcome = await harness.WriteAsync(new RetractionInput("bytedance-owns-tiktok", "Sold to another owner.", "doc-a"));

        outcome.Relationship!.IsRetracted.ShouldBeTrue();
        outcome.Relationship.Properties[PropertyNames.RetractedBy].ShouldBe("api-key:0");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await RelationshipIdsAsync(harness.Store, "tiktok")).ShouldBeEmpty();
        (await RelationshipIdsAsync(harness.Store, "tiktok", today)).ShouldBeEmpty();
        (await RelationshipIdsAsync(harness.Store, "tiktok", today.AddDays(-1))).ShouldBe(["bytedance-owns-tiktok"]);
        var counts = await harness.Store.CountRelationshipsAsync(["tiktok"], Token);
        counts["tiktok"].ShouldBeEmpty();
        var owners = await harness.Store.OwnersAsync(new OwnersQuery("tiktok", 5, 10) { AsOf = today.AddDays(-1) }, Token);
        owners.ShouldNotBeEmpty();
        (await harness.Store.OwnersAsync(new OwnersQuery("tiktok", 5, 10), Token)).ShouldBeEmpty();
        var neighbours = await harness.Store.NeighborhoodAsync(new NeighborhoodQuery("tiktok", 1, Direction.Both, null, 50), Token);
        neighbours.Edges.ShouldBeEmpty();

        harness.Restart();

        harness.Graph.FindRelationship("bytedance-owns-tiktok")!.RetractedOn.ShouldBe(today);
        var history = await harness.Writer.HistoryAsync("tiktok", Token);
        history.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.Operation.ShouldBe("retractRelationship"), c => c.Reason.ShouldBe("Sold to another owner."), c => c.By.ShouldBe("api-key:0"));
    }

    [Fact]
    public async Task An_entity_written_again_keeps_its_position_and_what_was_not_sent()
    {
        using var harness = new WriterHarness();
        await harness.WriteAsync(new EntityInput("nvidia", EntityKind.Company, "NVIDIA", null, null,
            new Dictionary<string, object?> { ["country"] = "United States" }, null, "doc-a", "The report spells it NVIDIA."));

        await harness.WriteAsync(new EntityInput("nvidia", EntityKind.Company, "Nvidia", ["NVIDIA"], "A US chip maker.", null, null, "doc-a", "Named again."));

        var nvidia = harness.Graph.Find("nvidia")!;
        nvidia.Name.ShouldBe("Nvidia");
        nvidia.Aliases.ShouldBe(["NVIDIA"]);
        nvidia.Properties["country"].ShouldBe("United States");
        nvidia.Properties["evidence"].ShouldBe("Named again.");
        (await harness.Store.SearchAsync(new SearchQuery("NVIDIA", null, 5), Token)).ShouldHaveSingleItem().Id.ShouldBe("nvidia");
    }

    [Fact]
    public async Task The_journal_is_a_script_the_seed_loader_reads_into_the_same_graph()
    {
        using var harness = new WriterHarness();
        await harness.WriteAsync(Document("doc-b"));
        await harness.WriteAsync(new EntityInput("cambricon", EntityKind.Company, "Cambricon", ["Cambrian"], "A Chinese chip designer.",
            new Dictionary<string, object?> { ["listed"] = true, ["tickers"] = new List<object?> { "688256" } },
            [new FigureInput("revenue2024", 1.17e9, "CNY", "about", 2024, Basis.Stated, null)], "doc-b", "It names \"Cambrian\"; it's a slip."));
        await harness.WriteAsync(Supplies("cambricon", "bytedance", "Cambricon supplies chips.", "doc-b") with { ValidFrom = new DateOnly(2025, 1, 1) });
        await harness.WriteAsync(new RetractionInput("bytedance-owns-tiktok", "Wrong.", "doc-b"));

        var reloaded = CypherSeedLoader.Load([new SeedScript("seed.cypher", harness.SeedText), new SeedScript("journal.cypher", await File.ReadAllTextAsync(harness.JournalPath, Token))]);

        reloaded.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).ShouldBe(harness.Graph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal), new EntityComparer());
        reloaded.Relationships.Select(Describe).Order().ShouldBe(harness.Graph.Relationships.Select(Describe).Order());
    }

    [Fact]
    public async Task Without_a_data_directory_every_write_is_refused_with_a_code()
    {
        var store = new EmbeddedGraphStore();
        using var writer = new EmbeddedGraphWriter(store, TimeProvider.System, new ListLogger<EmbeddedGraphWriter>());
        store.Replace(writer.Open(CypherSeedLoader.Load([new SeedScript("seed.cypher", WriterHarness.Seed)]), null));

        var refused = await Should.ThrowAsync<GraphQueryException>(() => writer.WriteAsync(Document("doc-b"), "x", Token));

        refused.Code.ShouldBe(ErrorCodes.WritesDisabled);
        writer.JournalPath.ShouldBeNull();
    }

    [Fact]
    public async Task A_last_entry_cut_short_is_dropped_with_a_warning_and_cut_from_the_file()
    {
        using var harness = new WriterHarness();
        await harness.WriteAsync(Document("doc-b"));
        var whole = await File.ReadAllBytesAsync(harness.JournalPath, Token);
        await harness.WriteAsync(Document("doc-c"));
        var both = await File.ReadAllBytesAsync(harness.JournalPath, Token);
        harness.Writer.Dispose();
        await File.WriteAllBytesAsync(harness.JournalPath, both[..(whole.Length + ((both.Length - whole.Length) / 2))], Token);

        harness.Restart();

        harness.Graph.Find("doc-b").ShouldNotBeNull();
        harness.Graph.Find("doc-c").ShouldBeNull();
        harness.Log.Entries.ShouldContain(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("journal.cypher:5"));
        (await File.ReadAllBytesAsync(harness.JournalPath, Token)).ShouldBe(whole);
        (await harness.WriteAsync(Document("doc-d"))).Change!.Sequence.ShouldBe(2);
        harness.Restart();
        harness.Graph.Find("doc-d").ShouldNotBeNull();
    }

    [Fact]
    public async Task Damage_before_the_end_stops_the_start_with_the_file_and_line_and_what_to_do()
    {
        using var harness = new WriterHarness();
        await harness.WriteAsync(Document("doc-b"));
        await harness.WriteAsync(Document("doc-c"));
        harness.Writer.Dispose();
        var text = await File.ReadAllTextAsync(harness.JournalPath, Token);
        await File.WriteAllTextAsync(harness.JournalPath, text.Replace("Report doc-b", "Report doc-X", StringComparison.Ordinal), Token);

        var damaged = Should.Throw<JournalException>(() => harness.Restart());

        damaged.Message.ShouldStartWith(harness.JournalPath + ":1: the journal is damaged: entry 1 does not match its commit line (line 4)");
        damaged.Message.ShouldContain("Restore the file from a backup");
    }

    [Fact]
    public void A_second_writer_on_the_same_folder_is_refused_while_the_first_holds_the_journal()
    {
        using var harness = new WriterHarness();

        var refused = Should.Throw<JournalException>(() => new WriterHarness(harness.Directory));

        refused.Message.ShouldContain("held by another process");
    }

    private static async Task<List<string>> RelationshipIdsAsync(EmbeddedGraphStore store, string id, DateOnly? asOf = null)
    {
        var result = await store.GetRelationshipsAsync([id], s_everything with { AsOf = asOf }, Token);
        return [.. result.ByEntity[id].Select(r => r.Id)];
    }

    private static string Describe(Relationship r) =>
        $"{r.Id} {r.Type} {r.FromId} {r.ToId} {r.SourceId} {r.Evidence} {r.ReportedOn} {r.ValidFrom} {r.ValidTo} " +
        string.Join(",", r.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Show(p.Value)}"));

    private static string Show(object? value) => value is IEnumerable<object?> list ? "[" + string.Join(",", list) + "]" : $"{value}";

    private sealed class EntityComparer : IEqualityComparer<Entity>
    {
        public bool Equals(Entity? x, Entity? y) =>
            x!.Id == y!.Id && x.Kind == y.Kind && x.Name == y.Name && x.Aliases.SequenceEqual(y.Aliases) && x.Description == y.Description
            && x.Properties.Count == y.Properties.Count
            && x.Properties.All(p => y.Properties.TryGetValue(p.Key, out var v) && Show(v) == Show(p.Value));

        public int GetHashCode(Entity obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
