using System.Globalization;

namespace GraphExplorer.Benchmarks.Generator;

/// <summary>Graph sizes by name: <c>10k</c>, <c>100k</c>, <c>1m</c>, or a plain number of entities.</summary>
public static class GraphSizes
{
    public static int Parse(string size) => size.ToLowerInvariant() switch
    {
        var s when s.EndsWith('k') => int.Parse(s[..^1], CultureInfo.InvariantCulture) * 1_000,
        var s when s.EndsWith('m') => int.Parse(s[..^1], CultureInfo.InvariantCulture) * 1_000_000,
        var s => int.Parse(s, CultureInfo.InvariantCulture),
    };
}
