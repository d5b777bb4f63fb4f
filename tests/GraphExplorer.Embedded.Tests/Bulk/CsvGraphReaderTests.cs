using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Embedded.Bulk;

namespace GraphExplorer.Embedded.Tests.Bulk;

/// <summary>What the bulk reader makes of each field, and what it refuses, with the line it refuses.</summary>
public sealed class CsvGraphReaderTests : IDisposable
{
    private const string Entities = """
        id,kind,name,aliases
        acme,Company,Acme Corp,ACME|Acme
        chip-1,Chip,"Chip ""One"", rev. 2",
        doc-1,Document,Annual report,
        zürich,Place,Zürich 中,Zurich
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("graphexplorer-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private GraphExplorer.Embedded.Storage.GraphSnapshot Load(string entities, string relationships, bool byteOrderMark = false)
    {
        var encoding = new UTF8Encoding(byteOrderMark);
        File.WriteAllText(Path.Combine(_folder, CsvGraphReader.EntitiesFileName), entities, encoding);
        File.WriteAllText(Path.Combine(_folder, CsvGraphReader.RelationshipsFileName), relationships, encoding);
        return CsvGraphReader.Load(_folder);
    }

    private string Refusal(string entities, string relationships) =>
        Should.Throw<InvalidDataException>(() => Load(entities, relationships)).Message;

    [Fact]
    public void Every_field_is_read_as_written()
    {
        var graph = Load(Entities, """
            id,type,from,to,source,reportedOn,percentage
            r2,OWNS,acme,chip-1,doc-1,2025-01-31,51.5
            r1,SUPPLIES,chip-1,acme,elsewhere-7,,
            r3,LOCATED_IN,acme,zürich,,2024-02-29,
            """);

        graph.EntityCount.ShouldBe(4);
        var chip = graph.Find("chip-1")!;
        chip.Kind.ShouldBe(EntityKind.Chip);
        chip.Name.ShouldBe("Chip \"One\", rev. 2");
        chip.Aliases.ShouldBeEmpty();
        graph.Find("acme")!.Aliases.ShouldBe(["ACME", "Acme"]);
        graph.Find("zürich")!.Name.ShouldBe("Zürich 中");

        graph.Relationships.Select(r => r.Id).ShouldBe(["r2", "r1", "r3"]);
        var owns = graph.Relationships[0];
        owns.ShouldBe(owns with { Type = RelationshipType.Owns, FromId = "acme", ToId = "chip-1", SourceId = "doc-1", ReportedOn = new DateOnly(2025, 1, 31) });
        owns.Properties.ShouldBe(new Dictionary<string, object?> { [PropertyNames.Percentage] = 51.5 });
        owns.Evidence.ShouldBeNull();
        owns.ValidFrom.ShouldBeNull();
        owns.ValidTo.ShouldBeNull();
        var supplies = graph.Relationships[1];
        supplies.SourceId.ShouldBe("elsewhere-7");
        supplies.ReportedOn.ShouldBeNull();
        supplies.Properties.ShouldBeEmpty();
        graph.Relationships[2].SourceId.ShouldBeNull();
        graph.Relationships[2].ReportedOn.ShouldBe(new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_a_byte_order_mark_line_ends_and_blank_lines_are_read_past()
    {
        var graph = Load(
            "Name,Extra,ID,KIND\r\nAcme,x,acme,Company\r\n\r\nBeta,y,beta,Product\r\n",
            "to,ignored, From ,TYPE,id\r\nbeta,1,acme,DEVELOPS,r1\r\n\r\n",
            byteOrderMark: true);

        graph.Find("acme")!.Name.ShouldBe("Acme");
        graph.Find("beta")!.Kind.ShouldBe(EntityKind.Product);
        graph.Relationships.ShouldHaveSingleItem().ShouldBe(new Relationship(
            "r1", RelationshipType.Develops, "acme", "beta", null, null, null, null, null, graph.Relationships[0].Properties));
    }

    [Theory]
    [InlineData("id,kind,name\nacme,Company,A\nacme,Company,B\n", ":3: duplicate entity id 'acme'.")]
    [InlineData("id,kind,name\nacme,Company,A\nb,Robot,B\n", ":3: unknown kind 'Robot'.")]
    [InlineData("id,kind,name\n,Company,A\n", ":2: the entity has no id.")]
    [InlineData("id,name\nacme,A\n", ":1: the header has no 'kind' column.")]
    [InlineData("", ": the file is empty; expected a header line (id,kind,name,aliases).")]
    public void A_bad_entity_file_is_refused_naming_the_line(string entities, string expected)
    {
        var message = Refusal(entities, "id,type,from,to\n");

        message.ShouldEndWith(expected);
        message.ShouldContain(CsvGraphReader.EntitiesFileName);
    }

    [Theory]
    [InlineData("r1,SUPPLIES,acme,nobody,,,", ":3: no entity has the id 'nobody'.")]
    [InlineData("r1,SUPPLIES,nobody,acme,,,", ":3: no entity has the id 'nobody'.")]
    [InlineData("r1,BUYS,acme,chip-1,,,", ":3: unknown relationship type 'BUYS'.")]
    [InlineData("r1,supplies,acme,chip-1,,,", ":3: unknown relationship type 'supplies'.")]
    [InlineData(",SUPPLIES,acme,chip-1,,,", ":3: the relationship has no id.")]
    [InlineData("r1,OWNS,acme,chip-1,,,half", ":3: percentage 'half' is not a number.")]
    [InlineData("r1,OWNS,acme,chip-1,,2025-13-01,", ":3: date '2025-13-01' is not yyyy-MM-dd.")]
    [InlineData("r1,OWNS,acme,chip-1,,2025-02-29,", ":3: date '2025-02-29' is not yyyy-MM-dd.")]
    [InlineData("r1,OWNS,acme,chip-1,,2025-04-31,", ":3: date '2025-04-31' is not yyyy-MM-dd.")]
    [InlineData("r1,OWNS,acme,chip-1,,2025-00-10,", ":3: date '2025-00-10' is not yyyy-MM-dd.")]
    [InlineData("r1,OWNS,acme,chip-1,,2025-01-00,", ":3: date '2025-01-00' is not yyyy-MM-dd.")]
    [InlineData("r1,OWNS,acme,chip-1,,0000-01-01,", ":3: date '0000-01-01' is not yyyy-MM-dd.")]
    [InlineData("r1,OWNS,acme,chip-1,,2025/01/01,", ":3: date '2025/01/01' is not yyyy-MM-dd.")]
    [InlineData("r1,OWNS,acme,chip-1,,2025-1-01,", ":3: date '2025-1-01' is not yyyy-MM-dd.")]
    [InlineData("r1,OWNS,acme,chip-1,,2025-01-1x,", ":3: date '2025-01-1x' is not yyyy-MM-dd.")]
    [InlineData("r1,OWNS,acme,chip-1,,20250-1-01,", ":3: date '20250-1-01' is not yyyy-MM-dd.")]
    public void A_bad_relationship_is_refused_naming_the_line(string line, string expected)
    {
        var message = Refusal(Entities, $"id,type,from,to,source,reportedOn,percentage\nr0,SUPPLIES,acme,chip-1,,,\n{line}\n");

        message.ShouldEndWith(expected);
        message.ShouldContain(CsvGraphReader.RelationshipsFileName);
    }

    [Fact]
    public void A_repeated_relationship_id_is_refused()
    {
        var message = Refusal(Entities, "id,type,from,to\nr1,SUPPLIES,acme,chip-1\nr2,SUPPLIES,acme,chip-1\nr1,OWNS,acme,chip-1\n");

        message.ShouldContain(CsvGraphReader.RelationshipsFileName);
        message.ShouldContain("'r1' was already added");
    }

    [Fact]
    public void A_file_read_in_parts_keeps_the_file_order_and_numbers_its_lines_as_the_file_does()
    {
        // Past the size at which the relationship file is split across cores.
        var lines = new StringBuilder("id,type,from,to,source,reportedOn,percentage\n");
        var count = 0;
        while (lines.Length < (9 << 20))
        {
            lines.Append($"rel-{count:D7}-{(count % 7 == 0 ? "é" : "x")},SUPPLIES,{(count % 2 == 0 ? "acme" : "chip-1")},zürich,doc-1,2025-01-{1 + (count % 28):D2},\n");
            count++;
        }

        var graph = Load(Entities, lines.ToString());

        graph.RelationshipCount.ShouldBe(count);
        var sample = new[] { 0, 1, count / 2 - 1, count / 2, count / 2 + 1, count - 1 };
        foreach (var i in sample)
        {
            var relationship = graph.Relationships[i];
            relationship.Id.ShouldBe($"rel-{i:D7}-{(i % 7 == 0 ? "é" : "x")}");
            relationship.FromId.ShouldBe(i % 2 == 0 ? "acme" : "chip-1");
            relationship.ReportedOn.ShouldBe(new DateOnly(2025, 1, 1 + (i % 28)));
        }

        var bad = count - 10;
        var broken = lines.ToString().Split('\n');
        broken[bad + 1] = broken[bad + 1].Replace("zürich", "nowhere");
        var message = Refusal(Entities, string.Join('\n', broken));
        message.ShouldEndWith($":{bad + 2}: no entity has the id 'nowhere'.");
    }

    [Fact]
    public async Task The_relationships_of_an_entity_come_in_id_order_across_types_and_a_loop_once()
    {
        var graph = Load(Entities, """
            id,type,from,to
            m,SUPPLIES,acme,chip-1
            b,OWNS,acme,chip-1
            z,DEVELOPS,chip-1,acme
            é,SUPPLIES,acme,chip-1
            a,COMPETES_WITH,acme,acme
            c,SUPPLIES,doc-1,acme
            """);
        var store = new EmbeddedGraphStore(graph);

        var both = await store.GetRelationshipsAsync(["acme"], new RelationshipFilter(Direction.Both, null, 50), TestContext.Current.CancellationToken);
        var outgoing = await store.GetRelationshipsAsync(["acme"], new RelationshipFilter(Direction.Out, null, 50), TestContext.Current.CancellationToken);
        var supplies = await store.GetRelationshipsAsync(
            ["acme"], new RelationshipFilter(Direction.Both, new HashSet<RelationshipType> { RelationshipType.Supplies }, 50), TestContext.Current.CancellationToken);

        both.ByEntity["acme"].Select(r => r.Id).ShouldBe(["a", "b", "c", "m", "z", "é"]);
        outgoing.ByEntity["acme"].Select(r => r.Id).ShouldBe(["a", "b", "m", "é"]);
        supplies.ByEntity["acme"].Select(r => r.Id).ShouldBe(["c", "m", "é"]);
    }
}
