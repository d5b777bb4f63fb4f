namespace GraphExplorer.Core.Cypher;

/// <summary>One statement of a script: its text without the closing semicolon, and where it starts.</summary>
public sealed record CypherStatement(string Text, SourcePosition Position, IReadOnlyList<CypherToken> Tokens);

/// <summary>Splits a script into its semicolon-separated statements, respecting strings and comments.</summary>
public static class CypherScript
{
    public static IReadOnlyList<CypherStatement> Split(string text, string file)
    {
        var tokens = CypherLexer.Tokenize(text, file);
        var statements = new List<CypherStatement>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsSymbol(";") && token.Kind != CypherTokenKind.End)
            {
                continue;
            }

            if (i > start)
            {
                var first = tokens[start];
                var body = tokens.Skip(start).Take(i - start).ToList();
                body.Add(new CypherToken(CypherTokenKind.End, string.Empty, token.Position, token.Offset));
                statements.Add(new CypherStatement(text[first.Offset..token.Offset].TrimEnd(), first.Position, body));
            }

            start = i + 1;
        }

        return statements;
    }
}
