namespace GraphExplorer.Neo4j.Protocol;

/// <summary>A node as the Query API returns it; property values are typed like any other value.</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
