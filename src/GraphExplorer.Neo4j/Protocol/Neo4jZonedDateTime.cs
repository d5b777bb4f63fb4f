namespace GraphExplorer.Neo4j.Protocol;

/// <summary>A ZonedDateTime: the instant with its offset, and the zone id (e.g. <c>Europe/Paris</c>) when one was given.</summary>
public sealed record Neo4jZonedDateTime(DateTimeOffset DateTime, string? Zone);
