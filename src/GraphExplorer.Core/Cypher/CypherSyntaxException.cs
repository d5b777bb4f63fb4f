namespace GraphExplorer.Core.Cypher;

/// <summary>A script that cannot be read; the message starts with <c>file:line:column</c>.</summary>
public sealed class CypherSyntaxException(SourcePosition position, string message)
    : Exception($"{position}: {message}")
{
    public SourcePosition Position { get; } = position;
}
