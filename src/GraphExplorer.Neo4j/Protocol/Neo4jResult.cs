namespace GraphExplorer.Neo4j.Protocol;

/// <summary>What a statement returned: rows, and the counters and bookmarks that came with them.</summary>
public sealed record Neo4jResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<Neo4jRecord> Records,
    Neo4jCounters? Counters,
    IReadOnlyList<string> Bookmarks,
    IReadOnlyList<Neo4jNotification> Notifications);
