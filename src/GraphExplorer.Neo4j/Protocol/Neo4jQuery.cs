namespace GraphExplorer.Neo4j.Protocol;

/// <summary>
/// One Cypher statement and its parameters. Parameter values may be <c>null</c>, <see cref="bool"/>,
/// integers (sent as Integer), <see cref="float"/>/<see cref="double"/>/<see cref="decimal"/> (Float),
/// <see cref="string"/>, <see cref="byte"/>[] (Base64), <see cref="DateOnly"/> (Date), <see cref="TimeOnly"/>
/// (LocalTime), <see cref="DateTime"/> (LocalDateTime), <see cref="DateTimeOffset"/> (OffsetDateTime),
/// the Neo4j* temporal and point records, lists and string-keyed dictionaries of these.
/// </summary>
public sealed record Neo4jQuery(string Statement, IReadOnlyDictionary<string, object?>? Parameters = null)
{
    /// <summary>Ignored inside an explicit transaction, whose access mode is set when it begins.</summary>
    public Neo4jAccessMode AccessMode { get; init; } = Neo4jAccessMode.Write;

    /// <summary>Bookmarks this query must see; ignored inside an explicit transaction.</summary>
    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    public bool IncludeCounters { get; init; }
}
