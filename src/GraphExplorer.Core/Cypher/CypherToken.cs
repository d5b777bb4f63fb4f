namespace GraphExplorer.Core.Cypher;

public enum CypherTokenKind
{
    Identifier,
    String,
    Integer,
    Float,
    Symbol,
    End,
}

/// <summary>A token of a Cypher script; <see cref="Text"/> is the decoded value for strings.</summary>
public readonly record struct CypherToken(CypherTokenKind Kind, string Text, SourcePosition Position, int Offset)
{
    public bool IsSymbol(string symbol) => Kind == CypherTokenKind.Symbol && Text == symbol;

    public bool IsKeyword(string keyword) =>
        Kind == CypherTokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        CypherTokenKind.End => "the end of the script",
        CypherTokenKind.String => $"the string '{Text}'",
        _ => $"'{Text}'",
    };
}
