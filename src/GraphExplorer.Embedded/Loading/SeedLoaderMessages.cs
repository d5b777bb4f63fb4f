namespace GraphExplorer.Embedded.Loading;

internal static class SeedLoaderMessages
{
    public const string SubsetHint =
        "The embedded store reads only the Cypher subset described in docs/graph-model.md: "
        + "MERGE (n:Entity {id: '…'}) SET …; MATCH (a:Entity {id: '…'}), (b:Entity {id: '…'}) MERGE (a)-[r:TYPE {id: '…'}]->(b) SET …; "
        + "and CREATE CONSTRAINT/INDEX … IF NOT EXISTS.";
}
