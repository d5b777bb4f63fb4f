namespace GraphExplorer.Neo4j.Protocol;

/// <summary>
/// A path: nodes and relationships alternating, starting and ending with a node. The order says nothing
/// about direction; each relationship's start and end element ids do.
/// </summary>
public sealed record Neo4jPath(IReadOnlyList<Neo4jNode> Nodes, IReadOnlyList<Neo4jRelationship> Relationships);
