using System.Text;
using GraphExplorer.Core.Writes;
using GraphExplorer.Embedded.Writes;

namespace GraphExplorer.Embedded.Tests.Writes;

public sealed class GraphJournalTests
{
    private static JournalEntry Entry(long sequence, string script = "MERGE (n:Entity {id: 'x'})\nSET n:Company, n += {name: 'X'};\n") =>
        new(new GraphChange(sequence, new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero), "upsertEntity", "x", "doc-a", null, "api-key:0"), script);

    private static IReadOnlyList<JournalEntry> Read(string text, out long validLength, out string? torn) =>
        GraphJournal.Read(Encoding.UTF8.GetBytes(text), "j.cypher", out validLength, out torn);

    [Fact]
    public void Entries_read_back_as_written_with_where_their_statements_start()
    {
        var text = GraphJournal.Format(Entry(1)) + GraphJournal.Format(Entry(2, "MERGE (n:Entity {id: 'y'})\nSET n:Company, n += {name: 'Ünï 😀'};\n"));

        var entries = Read(text, out var length, out var torn);

        entries.Select(e => e.Change.Sequence).ShouldBe([1L, 2L]);
        entries[0].Change.ShouldBe(Entry(1).Change);
        entries[1].Script.ShouldContain("Ünï 😀");
        entries.Select(e => e.FirstLine).ShouldBe([2, 6]);
        length.ShouldBe(Encoding.UTF8.GetByteCount(text));
        torn.ShouldBeNull();
    }

    [Theory]
    [InlineData(10)]
    [InlineData(60)]
    [InlineData(-1)]
    public void A_last_entry_without_a_whole_commit_line_is_torn(int keep)
    {
        var first = GraphJournal.Format(Entry(1));
        var second = GraphJournal.Format(Entry(2));
        var cut = keep < 0 ? second[..^1] : second[..keep];

        var entries = Read(first + cut, out var length, out var torn);

        entries.ShouldHaveSingleItem();
        length.ShouldBe(Encoding.UTF8.GetByteCount(first));
        torn.ShouldBe("j.cypher:5");
    }

    [Fact]
    public void An_entry_without_its_commit_line_before_another_entry_is_damage()
    {
        var first = GraphJournal.Format(Entry(1));
        var broken = first[..first.IndexOf("// commit", StringComparison.Ordinal)];

        Should.Throw<JournalException>(() => Read(broken + GraphJournal.Format(Entry(2)), out _, out _)).Message.ShouldStartWith("j.cypher:1: ");
    }

    [Fact]
    public void Entries_out_of_order_a_line_that_starts_no_entry_and_a_change_line_that_is_not_json_are_damage()
    {
        Should.Throw<JournalException>(() => Read(GraphJournal.Format(Entry(1)) + GraphJournal.Format(Entry(3)), out _, out _))
            .Message.ShouldContain("entry 3 follows entry 1");
        Should.Throw<JournalException>(() => Read("MATCH (n) RETURN n;\n" + GraphJournal.Format(Entry(1)), out _, out _))
            .Message.ShouldStartWith("j.cypher:1: the journal is damaged: expected '// change {…}'");
        var notJson = GraphJournal.Format(Entry(1)).Replace("{\"sequence\"", "{sequence", StringComparison.Ordinal);
        Should.Throw<JournalException>(() => Read(notJson, out _, out _)).Message.ShouldContain("not JSON");
    }

    [Fact]
    public void An_empty_journal_has_no_entries()
    {
        Read("", out var length, out var torn).ShouldBeEmpty();
        length.ShouldBe(0);
        torn.ShouldBeNull();
    }
}
