namespace GraphExplorer.Core.Cypher;

/// <summary>A place in a script, 1-based, printed as <c>file:line:column</c>.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
