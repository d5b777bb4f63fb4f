using GraphExplorer.Core.Cypher;
using GraphExplorer.Neo4j.Protocol;

namespace GraphExplorer.Neo4j.Seeding;

/// <summary>A script could not be applied; the message starts with the failing statement's <c>file:line:column</c>.</summary>
public sealed class Neo4jSeedException(SourcePosition position, string message, string? neo4jCode, Exception? innerException)
    : Exception($"{position}: {message}", innerException)
{
    public SourcePosition Position { get; } = position;

    /// <summary>What went wrong, without the position.</summary>
    public string Reason { get; } = message;

    /// <summary>Whether Neo4j refused for a reason that may pass (still starting, database not yet online).</summary>
    public bool IsTransient => InnerException is Neo4jException { IsTransient: true };

    public string? Neo4jCode { get; } = neo4jCode;
}
