using System.Globalization;
using GraphExplorer.Core.Cypher;

namespace GraphExplorer.Embedded.Loading;

/// <summary>Reads the tokens of one statement, failing with the position and what was expected.</summary>
internal sealed class TokenCursor(IReadOnlyList<CypherToken> tokens)
{
    private int _next;

    public CypherToken Current => tokens[_next];

    public bool AtEnd => Current.Kind == CypherTokenKind.End;

    public CypherToken Take() => tokens[_next++];

    public bool TakeSymbol(string symbol)
    {
        if (!Current.IsSymbol(symbol))
        {
            return false;
        }

        _next++;
        return true;
    }

    public bool TakeKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        _next++;
        return true;
    }

    public void ExpectSymbol(string symbol, string context)
    {
        if (!TakeSymbol(symbol))
        {
            throw Fail($"Expected '{symbol}' {context}, found {Current.Describe()}.");
        }
    }

    public void ExpectKeyword(string keyword, string context)
    {
        if (!TakeKeyword(keyword))
        {
            throw Fail($"Expected {keyword} {context}, found {Current.Describe()}.");
        }
    }

    public CypherToken ExpectIdentifier(string what)
    {
        if (Current.Kind != CypherTokenKind.Identifier)
        {
            throw Fail($"Expected {what}, found {Current.Describe()}.");
        }

        return Take();
    }

    public string ExpectString(string what)
    {
        if (Current.Kind != CypherTokenKind.String)
        {
            throw Fail($"Expected {what} as a quoted string, found {Current.Describe()}.");
        }

        return Take().Text;
    }

    public void ExpectEnd(string context)
    {
        if (!AtEnd)
        {
            throw Fail($"Unexpected {Current.Describe()} {context}. {SeedLoaderMessages.SubsetHint}");
        }
    }

    /// <summary>A literal value: string, number, boolean, null, list, or <c>date('YYYY-MM-DD')</c>.</summary>
    public object? ExpectValue()
    {
        var token = Current;
        switch (token.Kind)
        {
            case CypherTokenKind.String:
                return Take().Text;
            case CypherTokenKind.Integer:
                Take();
                return ParseInteger(token, negative: false);
            case CypherTokenKind.Float:
                Take();
                return double.Parse(token.Text, CultureInfo.InvariantCulture);
            case CypherTokenKind.Symbol when token.Text == "-":
                Take();
                var number = Current;
                if (number.Kind == CypherTokenKind.Integer)
                {
                    Take();
                    return ParseInteger(number, negative: true);
                }

                if (number.Kind == CypherTokenKind.Float)
                {
                    Take();
                    return -double.Parse(number.Text, CultureInfo.InvariantCulture);
                }

                throw Fail($"Expected a number after '-', found {number.Describe()}.");
            case CypherTokenKind.Symbol when token.Text == "[":
                Take();
                var items = new List<object?>();
                if (!TakeSymbol("]"))
                {
                    do
                    {
                        var item = Current;
                        var value = ExpectValue();
                        if (value is IReadOnlyList<object?>)
                        {
                            throw new CypherSyntaxException(item.Position, "Lists inside lists cannot be stored as a property.");
                        }

                        items.Add(value);
                    }
                    while (TakeSymbol(","));
                    ExpectSymbol("]", "to close the list");
                }

                return items;
            case CypherTokenKind.Identifier when token.IsKeyword("true"):
                Take();
                return true;
            case CypherTokenKind.Identifier when token.IsKeyword("false"):
                Take();
                return false;
            case CypherTokenKind.Identifier when token.IsKeyword("null"):
                Take();
                return null;
            case CypherTokenKind.Identifier when token.IsKeyword("date"):
                Take();
                ExpectSymbol("(", "after date");
                var text = ExpectString("the date");
                ExpectSymbol(")", "to close date(...)");
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new CypherSyntaxException(token.Position, $"'{text}' is not a date of the form YYYY-MM-DD.");
                }

                return date;
            default:
                throw Fail(
                    $"Expected a value (a string, number, true, false, null, a list or date('YYYY-MM-DD')), found {token.Describe()}.");
        }
    }

    public CypherSyntaxException Fail(string message) => new(Current.Position, message);

    private static long ParseInteger(CypherToken token, bool negative)
    {
        var text = negative ? "-" + token.Text : token.Text;
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new CypherSyntaxException(token.Position, $"The integer {text} does not fit in 64 bits.");
        }

        return value;
    }
}
