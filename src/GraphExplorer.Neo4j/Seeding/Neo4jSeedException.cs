using GraphExplorer.Core.Cypher;

namespace GraphExplorer.Neo4j.Seeding;

/// <summary>A script could not be applied; the message starts with the failing statement's <c>file:line:column</c>.</summary>
public sealed class Neo4jSeedException(SourcePosition position, string message, string? neo4jCode, Exception? innerException)
    : Exception($"{position}: {message}", innerException)
{
    public SourcePosition Position { get; } = position;

    public string? Neo4jCode { get; } = neo4jCode;
}
