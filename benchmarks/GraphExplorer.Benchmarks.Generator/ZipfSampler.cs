namespace GraphExplorer.Benchmarks.Generator;

/// <summary>
/// Draws members of a pool with probability proportional to 1 / rank^exponent, where each
/// member's rank is a fixed random permutation: a few members get most of the draws.
/// </summary>
public sealed class ZipfSampler
{
    private readonly double[] _cumulative;
    private readonly int[] _members;

    public ZipfSampler(IReadOnlyList<int> pool, double exponent, Random random)
    {
        _members = [.. pool];
        random.Shuffle(_members);
        _cumulative = new double[_members.Length];
        var sum = 0.0;
        for (var i = 0; i < _members.Length; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, exponent);
            _cumulative[i] = sum;
        }
    }

    public int Count => _members.Length;

    public int Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        if (index < 0)
        {
            index = ~index;
        }

        return _members[Math.Min(index, _members.Length - 1)];
    }
}
