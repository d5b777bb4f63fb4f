namespace GraphExplorer.Neo4j.Protocol;

/// <summary>A server notification (a deprecation, a performance hint) attached to a successful answer.</summary>
public sealed record Neo4jNotification(string Code, string? Title, string? Description, string? Severity);
