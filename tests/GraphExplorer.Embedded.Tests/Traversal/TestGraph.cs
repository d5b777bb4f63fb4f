using GraphExplorer.Embedded.Loading;

namespace GraphExplorer.Embedded.Tests.Traversal;

/// <summary>
/// A small graph with known answers:
/// ownership holdco -60%-> parent -50%-> sub, founder -(no %)-> parent, sub -> subsub (80%);
/// supply m1 -> s1 -> s2 -> buyer, m1 -> s2, s3 -> buyer;
/// a diamond a - b1/b2 - c for two shortest paths; rule restricts chip; maker manufactures chip; maker supplies buyer;
/// agency issued rule; buyer located in city, part of country, country restricted by export rule.
/// </summary>
internal static class TestGraph
{
    private const string Script = """
        MERGE (d:Entity {id: 'doc'}) SET d:Document, d.name = 'Doc';
        MERGE (n:Entity {id: 'holdco'}) SET n:Company, n.name = 'Holdco';
        MERGE (n:Entity {id: 'founder'}) SET n:Person, n.name = 'Founder';
        MERGE (n:Entity {id: 'parent'}) SET n:Company, n.name = 'Parent';
        MERGE (n:Entity {id: 'sub'}) SET n:Company, n.name = 'Sub';
        MERGE (n:Entity {id: 'subsub'}) SET n:Company, n.name = 'Subsub';
        MERGE (n:Entity {id: 'm1'}) SET n:Company, n.name = 'Mine One';
        MERGE (n:Entity {id: 's1'}) SET n:Company, n.name = 'Smelter One';
        MERGE (n:Entity {id: 's2'}) SET n:Company, n.name = 'Smelter Two';
        MERGE (n:Entity {id: 's3'}) SET n:Company, n.name = 'Smelter Three';
        MERGE (n:Entity {id: 'buyer'}) SET n:Company, n.name = 'Buyer', n.aliases = ['Acheteur'];
        MERGE (n:Entity {id: 'a'}) SET n:Place, n.name = 'A';
        MERGE (n:Entity {id: 'b1'}) SET n:Place, n.name = 'B1';
        MERGE (n:Entity {id: 'b2'}) SET n:Place, n.name = 'B2';
        MERGE (n:Entity {id: 'c'}) SET n:Place, n.name = 'C';
        MERGE (n:Entity {id: 'chip'}) SET n:Chip, n.name = 'Chip';
        MERGE (n:Entity {id: 'maker'}) SET n:Company, n.name = 'Maker';
        MERGE (n:Entity {id: 'rule'}) SET n:Regulation, n.name = 'Chip Rule';
        MERGE (n:Entity {id: 'export-rule'}) SET n:Regulation, n.name = 'Export Rule';
        MERGE (n:Entity {id: 'agency'}) SET n:Regulator, n.name = 'Agency';
        MERGE (n:Entity {id: 'city'}) SET n:Place, n.name = 'City';
        MERGE (n:Entity {id: 'country'}) SET n:Place, n.name = 'Country';
        MATCH (a:Entity {id: 'holdco'}), (b:Entity {id: 'parent'}) MERGE (a)-[r:OWNS {id: 'o1'}]->(b) SET r.percentage = 60, r.source = 'doc';
        MATCH (a:Entity {id: 'founder'}), (b:Entity {id: 'parent'}) MERGE (a)-[r:OWNS {id: 'o2'}]->(b) SET r.source = 'doc';
        MATCH (a:Entity {id: 'parent'}), (b:Entity {id: 'sub'}) MERGE (a)-[r:OWNS {id: 'o3'}]->(b) SET r.percentage = 50.0, r.source = 'doc';
        MATCH (a:Entity {id: 'sub'}), (b:Entity {id: 'subsub'}) MERGE (a)-[r:OWNS {id: 'o4'}]->(b) SET r.percentage = 80, r.source = 'doc';
        MATCH (a:Entity {id: 'm1'}), (b:Entity {id: 's1'}) MERGE (a)-[r:SUPPLIES {id: 'p1'}]->(b);
        MATCH (a:Entity {id: 's1'}), (b:Entity {id: 's2'}) MERGE (a)-[r:SUPPLIES {id: 'p2'}]->(b);
        MATCH (a:Entity {id: 's2'}), (b:Entity {id: 'buyer'}) MERGE (a)-[r:SUPPLIES {id: 'p3'}]->(b);
        MATCH (a:Entity {id: 'm1'}), (b:Entity {id: 's2'}) MERGE (a)-[r:SUPPLIES {id: 'p4'}]->(b);
        MATCH (a:Entity {id: 's3'}), (b:Entity {id: 'buyer'}) MERGE (a)-[r:SUPPLIES {id: 'p5'}]->(b);
        MATCH (a:Entity {id: 'maker'}), (b:Entity {id: 'buyer'}) MERGE (a)-[r:SUPPLIES {id: 'p6'}]->(b);
        MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'b2'}) MERGE (a)-[r:PART_OF {id: 'x1'}]->(b);
        MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'b1'}) MERGE (a)-[r:PART_OF {id: 'x2'}]->(b);
        MATCH (a:Entity {id: 'b1'}), (b:Entity {id: 'c'}) MERGE (a)-[r:PART_OF {id: 'x3'}]->(b);
        MATCH (a:Entity {id: 'c'}), (b:Entity {id: 'b2'}) MERGE (a)-[r:PART_OF {id: 'x4'}]->(b);
        MATCH (a:Entity {id: 'maker'}), (b:Entity {id: 'chip'}) MERGE (a)-[r:MANUFACTURES {id: 'k1'}]->(b);
        MATCH (a:Entity {id: 'rule'}), (b:Entity {id: 'chip'}) MERGE (a)-[r:RESTRICTS {id: 'k2'}]->(b);
        MATCH (a:Entity {id: 'agency'}), (b:Entity {id: 'rule'}) MERGE (a)-[r:ISSUED {id: 'k3'}]->(b);
        MATCH (a:Entity {id: 'buyer'}), (b:Entity {id: 'city'}) MERGE (a)-[r:LOCATED_IN {id: 'l1'}]->(b);
        MATCH (a:Entity {id: 'city'}), (b:Entity {id: 'country'}) MERGE (a)-[r:PART_OF {id: 'l2'}]->(b);
        MATCH (a:Entity {id: 'export-rule'}), (b:Entity {id: 'country'}) MERGE (a)-[r:RESTRICTS {id: 'l3'}]->(b);
        MATCH (a:Entity {id: 'buyer'}), (b:Entity {id: 'buyer'}) MERGE (a)-[r:COMPETES_WITH {id: 'loop'}]->(b);
        """;

    public static EmbeddedGraphStore Open() => new(CypherSeedLoader.Load([new SeedScript("test.cypher", Script)]));
}
