namespace GraphExplorer.Neo4j.Protocol;

/// <summary>A relationship as the Query API returns it; its direction is start to end.</summary>
public sealed record Neo4jRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
