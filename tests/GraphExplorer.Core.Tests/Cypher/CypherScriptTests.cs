using GraphExplorer.Core.Cypher;

namespace GraphExplorer.Core.Tests.Cypher;

public class CypherScriptTests
{
    [Fact]
    public void Splits_on_semicolons_outside_strings_and_comments_with_positions()
    {
        const string script = """
            // a comment; not a statement end
            MERGE (n:Entity {id: 'a;b'}) SET n.note = "semi; colon";
            /* block ; comment */ MATCH (n) RETURN n
            ;
            """;

        var statements = CypherScript.Split(script, "s.cypher");

        statements.Count.ShouldBe(2);
        statements[0].Text.ShouldBe("MERGE (n:Entity {id: 'a;b'}) SET n.note = \"semi; colon\"");
        statements[0].Position.ShouldBe(new SourcePosition("s.cypher", 2, 1));
        statements[1].Text.ShouldBe("MATCH (n) RETURN n");
        statements[1].Position.ToString().ShouldBe("s.cypher:3:23");
    }

    [Fact]
    public void A_script_of_comments_only_has_no_statements() =>
        CypherScript.Split("// nothing\n/* here */\n", "empty.cypher").ShouldBeEmpty();

    [Theory]
    [InlineData("RETURN 'open", "x.cypher:1:8", "never closed")]
    [InlineData("RETURN 1 /* open", "x.cypher:1:10", "never closed")]
    [InlineData("RETURN `open", "x.cypher:1:8", "never closed")]
    [InlineData("RETURN 'bad \\q escape'", "x.cypher:1:8", "\\q")]
    public void Unreadable_text_fails_with_its_position(string script, string position, string reason)
    {
        var error = Should.Throw<CypherSyntaxException>(() => CypherScript.Split(script, "x.cypher"));

        error.Message.ShouldStartWith(position);
        error.Message.ShouldContain(reason);
    }
}
