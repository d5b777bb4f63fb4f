using GraphExplorer.Core.Cypher;

namespace GraphExplorer.Core.Tests.Cypher;

public sealed class CypherLiteralTests
{
    [Theory]
    [InlineData(5.0, "5.0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e21, "1E+21")]
    [InlineData(0.1, "0.1")]
    public void A_float_stays_a_float(double value, string written)
    {
        CypherLiteral.Of(value).ShouldBe(written);
        var tokens = CypherLexer.Tokenize(written.TrimStart('-'), "t");
        tokens[0].Kind.ShouldBe(CypherTokenKind.Float);
    }

    [Fact]
    public void Plain_values_dates_and_lists_are_written_as_the_seed_subset_writes_them()
    {
        CypherLiteral.Of(null).ShouldBe("null");
        CypherLiteral.Of(true).ShouldBe("true");
        CypherLiteral.Of(42L).ShouldBe("42");
        CypherLiteral.Of(-7).ShouldBe("-7");
        CypherLiteral.Of(new DateOnly(2025, 1, 23)).ShouldBe("date('2025-01-23')");
        CypherLiteral.Of(new object?[] { "a", 1L, false }).ShouldBe("['a', 1, false]");
        CypherLiteral.Map([new("k", "v"), new("n", 1L)]).ShouldBe("{k: 'v', n: 1}");
    }

    [Fact]
    public void What_cannot_be_written_is_refused_rather_than_written_wrongly()
    {
        Should.Throw<ArgumentException>(() => CypherLiteral.Of(double.NaN));
        Should.Throw<ArgumentException>(() => CypherLiteral.Of(new object?[] { new object?[] { 1L } }));
        Should.Throw<ArgumentException>(() => CypherLiteral.Of(new Dictionary<string, object?>()));
        Should.Throw<ArgumentException>(() => CypherLiteral.Map([new("bad key", 1L)]));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("O'Brien \\ \"x\"")]
    [InlineData("line\nbreak\r\ttab")]
    [InlineData("\u0000\u001f\u007f\u2028\u2029")]
    [InlineData("😀 中文 ü")]
    public void A_string_reads_back_as_itself(string text)
    {
        var written = CypherLiteral.Of(text);

        written.ShouldNotContain('\n');
        var token = CypherLexer.Tokenize(written, "t")[0];
        token.Kind.ShouldBe(CypherTokenKind.String);
        token.Text.ShouldBe(text);
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("_a1", true)]
    [InlineData("validTo", true)]
    [InlineData("1a", false)]
    [InlineData("a-b", false)]
    [InlineData("", false)]
    public void A_plain_key_is_a_letter_or_underscore_then_letters_digits_or_underscores(string key, bool plain) =>
        CypherLiteral.IsPlainKey(key).ShouldBe(plain);
}
