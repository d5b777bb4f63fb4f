using GraphExplorer.Core.Cypher;

namespace GraphExplorer.Core.Tests.Cypher;

public class CypherLexerTests
{
    [Fact]
    public void Reads_every_token_kind()
    {
        var tokens = CypherLexer.Tokenize("SET n += {a: 'x\\'y\\u0041', b: 1_000, c: 2.5e3, `odd name`: -1} // end", "t");

        tokens.Select(t => (t.Kind, t.Text)).ShouldBe(
        [
            (CypherTokenKind.Identifier, "SET"), (CypherTokenKind.Identifier, "n"), (CypherTokenKind.Symbol, "+="),
            (CypherTokenKind.Symbol, "{"), (CypherTokenKind.Identifier, "a"), (CypherTokenKind.Symbol, ":"),
            (CypherTokenKind.String, "x'yA"), (CypherTokenKind.Symbol, ","), (CypherTokenKind.Identifier, "b"),
            (CypherTokenKind.Symbol, ":"), (CypherTokenKind.Integer, "1000"), (CypherTokenKind.Symbol, ","),
            (CypherTokenKind.Identifier, "c"), (CypherTokenKind.Symbol, ":"), (CypherTokenKind.Float, "2.5e3"),
            (CypherTokenKind.Symbol, ","), (CypherTokenKind.Identifier, "odd name"), (CypherTokenKind.Symbol, ":"),
            (CypherTokenKind.Symbol, "-"), (CypherTokenKind.Integer, "1"), (CypherTokenKind.Symbol, "}"),
            (CypherTokenKind.End, ""),
        ]);
    }

    [Fact]
    public void Arrows_are_single_symbols()
    {
        var symbols = CypherLexer.Tokenize("(a)-[r]->(b)<-[s]-(c)", "t").Where(t => t.Kind == CypherTokenKind.Symbol).Select(t => t.Text);

        symbols.ShouldBe(["(", ")", "-", "[", "]", "->", "(", ")", "<-", "[", "]", "-", "(", ")"]);
    }
}
