using System.Text;
using GraphExplorer.Embedded.Storage;

namespace GraphExplorer.Embedded.Tests.Storage;

public sealed class IdIndexTests
{
    [Fact]
    public void Every_added_id_is_found_at_its_position_and_nothing_else_is()
    {
        var ids = new Utf8Ids();
        var index = new IdIndex(ids);
        var strings = Enumerable.Range(0, 5000).Select(i => i % 3 == 0 ? $"company-{i}" : $"é-{i}-中").ToArray();
        foreach (var s in strings)
        {
            index.Add(ids.Add(s)).ShouldBe(-1);
        }

        index.Count.ShouldBe(strings.Length);
        for (var i = 0; i < strings.Length; i++)
        {
            index.TryFind(strings[i].AsSpan(), out var byChars).ShouldBeTrue();
            index.TryFind(Encoding.UTF8.GetBytes(strings[i]), out var byBytes).ShouldBeTrue();
            byChars.ShouldBe(i);
            byBytes.ShouldBe(i);
        }

        index.TryFind("company-1".AsSpan(), out _).ShouldBeFalse();
        index.TryFind("company-30 ".AsSpan(), out _).ShouldBeFalse();
        index.TryFind("".AsSpan(), out _).ShouldBeFalse();
    }

    [Fact]
    public void A_repeated_id_is_answered_with_the_position_that_holds_it()
    {
        var ids = new Utf8Ids();
        var index = new IdIndex(ids, expectedCount: 2);
        index.Add(ids.Add("a")).ShouldBe(-1);
        index.Add(ids.Add("b")).ShouldBe(-1);
        index.Add(ids.Add("c")).ShouldBe(-1);

        index.Add(ids.Add("b")).ShouldBe(1);
        index.Add(ids.Add("a")).ShouldBe(0);
        index.Count.ShouldBe(3);
    }

    [Fact]
    public void A_long_id_is_found_by_its_characters()
    {
        var ids = new Utf8Ids();
        var index = new IdIndex(ids);
        var longId = string.Concat(Enumerable.Repeat("中文-", 400));
        index.Add(ids.Add("short"));
        index.Add(ids.Add(longId));

        index.TryFind(longId.AsSpan(), out var position).ShouldBeTrue();
        position.ShouldBe(1);
        index.TryFind((longId + "x").AsSpan(), out _).ShouldBeFalse();
    }
}
