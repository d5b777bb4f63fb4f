namespace GraphExplorer.Neo4j.Protocol;

/// <summary>Sent as <c>accessMode</c>: in a cluster, <see cref="Read"/> lets Neo4j route to a reader.</summary>
public enum Neo4jAccessMode
{
    Write,
    Read,
}
