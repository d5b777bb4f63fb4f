using System.Globalization;
using System.Text;

namespace GraphExplorer.Core.Cypher;

/// <summary>
/// Splits Cypher text into tokens: identifiers (plain or back-quoted), string literals with
/// their escapes decoded, numbers and symbols. Comments and white space are skipped.
/// </summary>
public static class CypherLexer
{
    private static readonly string[] s_multiCharSymbols = ["+=", "->", "<-", "..", "<>", "<=", ">="];

    public static IReadOnlyList<CypherToken> Tokenize(string text, string file)
    {
        var tokens = new List<CypherToken>();
        var line = 1;
        var lineStart = 0;
        var i = 0;
        SourcePosition Here(int at) => new(file, line, at - lineStart + 1);

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                i++;
                line++;
                lineStart = i;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var start = Here(i);
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    throw new CypherSyntaxException(start, "This /* comment is never closed with */.");
                }

                for (; i < close + 2; i++)
                {
                    if (text[i] == '\n')
                    {
                        line++;
                        lineStart = i + 1;
                    }
                }

                continue;
            }

            var position = Here(i);
            var offset = i;
            if (c is '\'' or '"')
            {
                tokens.Add(new CypherToken(CypherTokenKind.String, ReadString(text, ref i, position), position, offset));
            }
            else if (c == '`')
            {
                var close = text.IndexOf('`', i + 1);
                if (close < 0 || text.AsSpan(i, close - i).Contains('\n'))
                {
                    throw new CypherSyntaxException(position, "This back-quoted name is never closed with `.");
                }

                tokens.Add(new CypherToken(CypherTokenKind.Identifier, text[(i + 1)..close], position, offset));
                i = close + 1;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new CypherToken(CypherTokenKind.Identifier, text[start..i], position, offset));
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(ReadNumber(text, ref i, position, offset));
            }
            else
            {
                var symbol = s_multiCharSymbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? c.ToString();
                tokens.Add(new CypherToken(CypherTokenKind.Symbol, symbol, position, offset));
                i += symbol.Length;
            }
        }

        tokens.Add(new CypherToken(CypherTokenKind.End, string.Empty, Here(i), i));
        return tokens;
    }

    private static CypherToken ReadNumber(string text, ref int i, SourcePosition position, int offset)
    {
        var start = i;
        var isFloat = false;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            isFloat = true;
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            isFloat = true;
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        var literal = text[start..i].Replace("_", string.Empty, StringComparison.Ordinal);
        return new CypherToken(isFloat ? CypherTokenKind.Float : CypherTokenKind.Integer, literal, position, offset);
    }

    private static string ReadString(string text, ref int i, SourcePosition position)
    {
        var quote = text[i];
        var builder = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= text.Length || text[i] == '\n')
            {
                throw new CypherSyntaxException(position, $"This string is never closed with {quote}.");
            }

            var c = text[i];
            if (c == quote)
            {
                i++;
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= text.Length)
            {
                throw new CypherSyntaxException(position, "This string ends with a lone backslash.");
            }

            var escaped = text[i + 1];
            i += 2;
            switch (escaped)
            {
                case '\\': builder.Append('\\'); break;
                case '\'': builder.Append('\''); break;
                case '"': builder.Append('"'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'u' when i + 4 <= text.Length
                    && int.TryParse(text.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    throw new CypherSyntaxException(position, $"The escape \\{escaped} is not supported in strings.");
            }
        }
    }
}
