namespace GraphExplorer.Neo4j.Protocol;

/// <summary>
/// A Duration kept as Neo4j's ISO-8601 text (<c>P14DT16H12M</c>): months and days are not a fixed
/// number of seconds, so no .NET type holds one exactly.
/// </summary>
public sealed record Neo4jDuration(string Iso8601);
