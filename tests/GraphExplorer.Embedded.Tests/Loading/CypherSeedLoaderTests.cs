using GraphExplorer.Core.Model;
using GraphExplorer.Embedded.Loading;

namespace GraphExplorer.Embedded.Tests.Loading;

public class CypherSeedLoaderTests
{
    private const string Valid = """
        // schema
        CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
        CREATE INDEX owns_id IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.id);
        MERGE (d:Entity {id: 'doc-a'}) SET d:Document, d += {name: 'A report', title: 'A report', publishedOn: date('2025-01-23')};
        MERGE (n:Entity {id: 'acme'})
        SET n:Company, n += {name: 'Acme', aliases: ['Acme Corp', "A\u0063me Inc"], revenueAmount: 12.5, staff: -3};
        MERGE (n:Entity {id: 'widget'}) SET n:Product, n.name = 'Widget', n.description = 'It says "hi"; really';
        /* a relationship */
        MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'widget'})
        MERGE (a)-[r:DEVELOPS {id: 'acme-develops-widget'}]->(b)
        SET r += {source: 'doc-a', evidence: 'Acme makes the widget.', reportedOn: date('2025-01-23'), share: 51};
        """;

    [Fact]
    public void Loads_entities_relationships_and_typed_properties()
    {
        var graph = CypherSeedLoader.Load([new SeedScript("seed.cypher", Valid)]);

        graph.EntityCount.ShouldBe(3);
        var acme = graph.Find("acme")!;
        acme.Kind.ShouldBe(EntityKind.Company);
        acme.Aliases.ShouldBe(["Acme Corp", "Acme Inc"]);
        acme.Properties["revenueAmount"].ShouldBe(12.5);
        acme.Properties["staff"].ShouldBe(-3L);
        graph.Find("widget")!.Description.ShouldBe("It says \"hi\"; really");
        var develops = graph.Relationships.ShouldHaveSingleItem();
        develops.Type.ShouldBe(RelationshipType.Develops);
        develops.SourceId.ShouldBe("doc-a");
        develops.ReportedOn.ShouldBe(new DateOnly(2025, 1, 23));
        develops.Properties["share"].ShouldBe(51L);
    }

    [Fact]
    public void Running_the_scripts_twice_gives_the_same_graph()
    {
        var graph = CypherSeedLoader.Load([new SeedScript("a.cypher", Valid), new SeedScript("b.cypher", Valid)]);

        graph.EntityCount.ShouldBe(3);
        graph.RelationshipCount.ShouldBe(1);
    }

    [Theory]
    [InlineData("CREATE (n:Company {id: 'x'});", "bad.cypher:1:8", "After CREATE only CONSTRAINT or INDEX")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n:Company, n.name = 'X';\nDELETE n;", "bad.cypher:2:1", "cannot start with 'DELETE'")]
    [InlineData("MERGE (n:Company {id: 'x'});", "bad.cypher:1:10", "not 'Company'")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n:Firm;", "bad.cypher:1:34", "'Firm' is not a kind label")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n.name = 'X';", "bad.cypher:1:7", "has no kind label")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n:Company;", "bad.cypher:1:7", "has no name")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n:Company, n:Chip;", "bad.cypher:1:45", "exactly one kind label")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET m.name = 'X';", "bad.cypher:1:32", "'m' is not defined")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n.name = 'X;", "bad.cypher:1:41", "never closed")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n.when = date('2025-02-30');", "bad.cypher:1:41", "is not a date")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n.size = 99999999999999999999;", "bad.cypher:1:41", "does not fit in 64 bits")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n.name = toUpper('x');", "bad.cypher:1:41", "Expected a value")]
    [InlineData("CREATE INDEX i FOR (n:Entity) ON (n.name);", "bad.cypher:1:16", "IF NOT EXISTS")]
    [InlineData("CREATE INDEX i IF NOT EXISTS FOR (n:Entty) ON (n.name);", "bad.cypher:1:37", "'Entty' is neither")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n:Company, n.name = 'X', n.countryBasis = 'hearsay';", "bad.cypher:1:7", "'countryBasis' is 'hearsay'")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n:Company, n.name = 'X', n.foundedOn = date('2024-12-17'), n.foundedOnPrecision = 'month';", "bad.cypher:1:7", "first day of that month (2024-12-01)")]
    public void Statements_outside_the_subset_fail_with_their_position(string script, string position, string reason)
    {
        var error = Should.Throw<SeedLoadException>(() => CypherSeedLoader.Load([new SeedScript("bad.cypher", script)]));

        error.Message.ShouldStartWith(position);
        error.Message.ShouldContain(reason);
    }

    [Theory]
    [InlineData("MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'nobody'}) MERGE (a)-[r:OWNS {id: 'r1'}]->(b);", "rel.cypher:1:32", "No entity with the id 'nobody'")]
    [InlineData("MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'widget'}) MERGE (a)-[r:OWNZ {id: 'r1'}]->(b);", "rel.cypher:1:71", "'OWNZ' is not a relationship type")]
    [InlineData("MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'widget'}) MERGE (a)<-[r:OWNS {id: 'r1'}]-(b);", "rel.cypher:1:67", "Expected '-'")]
    [InlineData("MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'widget'}) MERGE (a)-[r:OWNS {id: 'r1'}]->(c);", "rel.cypher:1:90", "'c' was not matched")]
    [InlineData("MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'widget'}) MERGE (a)-[r:OWNS {id: 'r1'}]->(b) SET r.source = 'widget';", "rel.cypher:1:58", "not a Document entity")]
    [InlineData("MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'widget'}) MERGE (a)-[r:OWNS {id: 'r1'}]->(b) SET r.reportedOn = '2025-01-01';", "rel.cypher:1:58", "must be date('YYYY-MM-DD')")]
    [InlineData("MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'widget'}) MERGE (a)-[r:DEVELOPS {id: 'acme-develops-widget'}]->(a);", "rel.cypher:1:58", "already used by")]
    [InlineData("MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'widget'}) MERGE (a)-[r:OWNS {id: 'r1'}]->(b) SET r.basis = 'guessed';", "rel.cypher:1:58", "a basis is one of 'stated', 'implied', 'outside'")]
    [InlineData("MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'widget'}) MERGE (a)-[r:OWNS {id: 'r1'}]->(b) SET r.validToPrecision = 'fortnight', r.validTo = date('2025-01-19');", "rel.cypher:1:58", "a precision is one of 'day', 'week', 'month', 'year'")]
    [InlineData("MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'widget'}) MERGE (a)-[r:OWNS {id: 'r1'}]->(b) SET r.validToPrecision = 'week';", "rel.cypher:1:58", "'validTo', which is not a date here")]
    [InlineData("MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'widget'}) MERGE (a)-[r:OWNS {id: 'r1'}]->(b) SET r.validTo = date('2025-01-13'), r.validToPrecision = 'week';", "rel.cypher:1:58", "stored as the last day of that week (2025-01-19)")]
    [InlineData("MATCH (a:Entity {id: 'acme'}), (b:Entity {id: 'widget'}) MERGE (a)-[r:OWNS {id: 'r1'}]->(b) SET r.validFrom = date('2025-01-19'), r.validFromPrecision = 'week';", "rel.cypher:1:58", "stored as the first day of that week (2025-01-13)")]
    public void Bad_relationships_fail_with_their_position(string script, string position, string reason)
    {
        var error = Should.Throw<SeedLoadException>(() => CypherSeedLoader.Load(
            [new SeedScript("seed.cypher", Valid), new SeedScript("rel.cypher", script)]));

        error.Message.ShouldStartWith(position);
        error.Message.ShouldContain(reason);
    }

    [Fact]
    public void A_failed_load_leaves_the_store_as_it_was()
    {
        var store = new EmbeddedGraphStore(CypherSeedLoader.Load([new SeedScript("seed.cypher", Valid)]));
        var loader = () => store.Replace(CypherSeedLoader.Load(
            [new SeedScript("more.cypher", "MERGE (n:Entity {id: 'new'}) SET n:Company, n.name = 'New';\nBOGUS;")]));

        Should.Throw<SeedLoadException>(loader);

        store.Snapshot.EntityCount.ShouldBe(3);
        store.Snapshot.Find("new").ShouldBeNull();
    }

    [Fact]
    public void A_missing_directory_is_named()
    {
        var error = Should.Throw<SeedLoadException>(() => CypherSeedLoader.LoadDirectory("/no/such/folder"));

        error.Message.ShouldContain("/no/such/folder");
        error.Message.ShouldContain("GraphExplorer:SeedDirectory");
    }
}
