namespace GraphExplorer.Api.Hosting;

public enum StoreKind
{
    Embedded,
    Neo4j,
}
