namespace GraphExplorer.Core.Store;

public enum StoreKind
{
    Embedded,
    Neo4j,
}
