namespace GraphExplorer.Neo4j.Protocol;

/// <summary>A Time (zoned time of day), which .NET has no type for.</summary>
public sealed record Neo4jTime(TimeOnly Time, TimeSpan Offset);
