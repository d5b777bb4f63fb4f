namespace GraphExplorer.Benchmarks.Generator;

/// <summary>
/// The Neo4j script that loads the generated files (copy them to Neo4j's import folder first).
/// Relationship types cannot be parameters in plain Cypher, so there is one statement per type.
/// </summary>
public static class Neo4jLoadScript
{
    private static readonly string[] s_types =
    [
        "OWNS", "DEVELOPS", "MANUFACTURES", "SUPPLIES", "COMPETES_WITH", "INVESTS_IN", "ISSUED", "RESTRICTS",
        "REGULATES", "OPERATES_IN", "MENTIONS", "LOCATED_IN", "PART_OF", "PUBLISHED",
    ];

    private static readonly string[] s_kinds = ["Company", "Product", "Chip", "Regulator", "Regulation", "Place", "Document"];

    public static string Text { get; } = Build();

    private static string Build()
    {
        var text = new System.Text.StringBuilder();
        text.Append("""
            // Load with: cypher-shell -f neo4j-load.cypher, after copying entities.csv and relationships.csv
            // into Neo4j's import folder.
            CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
            CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

            """);
        foreach (var kind in s_kinds)
        {
            text.Append($$"""

                LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row
                WITH row WHERE row.kind = '{{kind}}'
                CALL (row) {
                  MERGE (n:Entity {id: row.id})
                  SET n:{{kind}}, n.name = row.name,
                      n.aliases = CASE WHEN row.aliases IS NULL OR row.aliases = '' THEN [] ELSE split(row.aliases, '|') END
                } IN TRANSACTIONS OF 10000 ROWS;

                """);
        }

        foreach (var type in s_types)
        {
            text.Append($$"""

                LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
                WITH row WHERE row.type = '{{type}}'
                CALL (row) {
                  MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
                  MERGE (a)-[r:{{type}} {id: row.id}]->(b)
                  SET r.source = row.source, r.reportedOn = date(row.reportedOn),
                      r.percentage = CASE WHEN row.percentage IS NULL OR row.percentage = '' THEN null ELSE toFloat(row.percentage) END
                } IN TRANSACTIONS OF 10000 ROWS;

                """);
        }

        return text.ToString();
    }
}
