using System.Text;
using GraphExplorer.Embedded.Storage;

namespace GraphExplorer.Embedded.Tests.Storage;

public sealed class Utf8IdsTests
{
    // Chosen to sit on every boundary where UTF-8 byte order and UTF-16 order could part: ASCII, two- and three-byte
    // characters, U+E000..U+FFFF (after the surrogates in UTF-16) and characters past U+FFFF (surrogate pairs).
    private static readonly string[] s_pieces = ["a", "b", "z", "A", "-", "é", "ß", "中", "\uE000", "\uFFFD", "\uFF21", "😀", "𝔸", "\u0080", "\u07FF", "\u0800"];

    [Fact]
    public void Ids_read_back_as_added_and_in_ordinal_order_whatever_their_characters()
    {
        var random = new Random(11);
        var strings = Enumerable.Range(0, 3000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => s_pieces[random.Next(s_pieces.Length)])))
            .ToArray();
        var ids = new Utf8Ids(2);
        foreach (var s in strings)
        {
            ids.Add(s);
        }

        ids.Count.ShouldBe(strings.Length);
        for (var i = 0; i < strings.Length; i++)
        {
            ids.StringAt(i).ShouldBe(strings[i]);
        }

        for (var i = 0; i + 1 < strings.Length; i++)
        {
            Math.Sign(Utf8Ids.CompareOrdinal(ids[i], ids[i + 1])).ShouldBe(
                Math.Sign(string.CompareOrdinal(strings[i], strings[i + 1])), $"'{strings[i]}' against '{strings[i + 1]}'");
        }
    }

    [Theory]
    [InlineData("\uE000", "😀")]
    [InlineData("\uFFFF", "\U00010000")]
    [InlineData("a\uE000", "a😀")]
    [InlineData("ab", "abc")]
    [InlineData("", "a")]
    [InlineData("b", "a")]
    public void A_pair_orders_as_ordinal_strings_do(string first, string second)
    {
        var a = Encoding.UTF8.GetBytes(first);
        var b = Encoding.UTF8.GetBytes(second);

        Math.Sign(Utf8Ids.CompareOrdinal(a, b)).ShouldBe(Math.Sign(string.CompareOrdinal(first, second)));
        Math.Sign(Utf8Ids.CompareOrdinal(b, a)).ShouldBe(Math.Sign(string.CompareOrdinal(second, first)));
        Utf8Ids.CompareOrdinal(a, a).ShouldBe(0);
    }

    [Fact]
    public void Joined_sets_read_as_one_in_order()
    {
        var parts = new[] { new Utf8Ids(), new Utf8Ids(), new Utf8Ids() };
        var expected = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var id = $"r-{i}-{new string('x', i % 4)}";
            parts[i % 7 < 3 ? 0 : i % 7 < 5 ? 1 : 2].Add(id);
        }

        foreach (var part in parts)
        {
            expected.AddRange(Enumerable.Range(0, part.Count).Select(part.StringAt));
        }

        var joined = Utf8Ids.Joined([parts[0], new Utf8Ids(), parts[1], parts[2]]);
        var twice = Utf8Ids.Joined([joined]);

        joined.Count.ShouldBe(30);
        Enumerable.Range(0, joined.Count).Select(joined.StringAt).ShouldBe(expected);
        Enumerable.Range(0, twice.Count).Select(twice.StringAt).ShouldBe(expected);
        joined.ByteCount.ShouldBe(parts.Sum(p => p.ByteCount));
        Should.Throw<InvalidOperationException>(() => joined.Add("more"u8));
    }

    [Fact]
    public void Removing_the_last_id_frees_its_bytes_for_the_next()
    {
        var ids = new Utf8Ids();
        ids.Add("first");
        ids.Add("second");
        ids.RemoveLast();
        ids.Add("third");

        ids.Count.ShouldBe(2);
        ids.StringAt(1).ShouldBe("third");
        ids.ByteCount.ShouldBe("firstthird".Length);
    }
}
