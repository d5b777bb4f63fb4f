using System.Text;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Ids kept as UTF-8 bytes, one after another in one array, addressed by their position in order of adding: an id costs
/// its bytes and one offset, not a string object. The array stays under 2 GiB; a larger set is kept as several
/// (see <see cref="Joined"/>), which is why a reader asks through this type and never for the array.
/// </summary>
internal sealed class Utf8Ids
{
    private readonly List<Segment> _segments = [];
    private readonly int[] _segmentFirsts = [];
    private readonly byte[][] _segmentBytes = [];
    private readonly int[][] _segmentStarts = [];
    private byte[] _bytes;
    private int[] _starts;
    private int _count;
    private int _used;

    public Utf8Ids(int expectedCount = 0, int expectedBytes = 0)
    {
        _bytes = new byte[Math.Max(16, expectedBytes)];
        _starts = new int[Math.Max(1, expectedCount) + 1];
    }

    private Utf8Ids(List<Segment> segments)
    {
        _segments = segments;
        // Flat arrays, not the records: a read is then one short scan (one per part of the file) and two loads.
        _segmentFirsts = [.. segments.Select(s => s.First)];
        _segmentBytes = [.. segments.Select(s => s.Bytes)];
        _segmentStarts = [.. segments.Select(s => s.Starts)];
        _bytes = [];
        _starts = [0];
        _count = segments.Count == 0 ? 0 : segments[^1].First + segments[^1].Count;
    }

    public int Count => _count;

    /// <summary>Bytes held, for the load report.</summary>
    public long ByteCount => _segments.Sum(s => (long)s.Starts[s.Count]) + _used;

    public int Add(ReadOnlySpan<byte> id)
    {
        if (_segments.Count > 0)
        {
            throw new InvalidOperationException("Joined ids are read-only.");
        }

        if (_used + id.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max(_used + id.Length, (long)_bytes.Length * 2)));
        }

        if (_count + 1 >= _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
        }

        id.CopyTo(_bytes.AsSpan(_used));
        _used += id.Length;
        _starts[++_count] = _used;
        return _count - 1;
    }

    /// <summary>Takes back the id added last (one that turned out to be taken).</summary>
    public void RemoveLast()
    {
        _used = _starts[--_count];
    }

    public int Add(string id)
    {
        Span<byte> buffer = id.Length <= 256 ? stackalloc byte[id.Length * 3] : new byte[Encoding.UTF8.GetMaxByteCount(id.Length)];
        return Add(buffer[..Encoding.UTF8.GetBytes(id, buffer)]);
    }

    public ReadOnlySpan<byte> this[int position]
    {
        get
        {
            if (_segments.Count == 0)
            {
                return _bytes.AsSpan(_starts[position], _starts[position + 1] - _starts[position]);
            }

            var k = SegmentOf(position);
            var starts = _segmentStarts[k];
            var i = position - _segmentFirsts[k];
            return _segmentBytes[k].AsSpan(starts[i], starts[i + 1] - starts[i]);
        }
    }

    public string StringAt(int position) => Encoding.UTF8.GetString(this[position]);

    /// <summary>Several sets read as one, in order, without copying their bytes; the parts must not grow after.</summary>
    public static Utf8Ids Joined(IReadOnlyList<Utf8Ids> parts)
    {
        var segments = new List<Segment>();
        var first = 0;
        foreach (var part in parts)
        {
            if (part._segments.Count > 0)
            {
                foreach (var segment in part._segments)
                {
                    segments.Add(segment with { First = first });
                    first += segment.Count;
                }
            }
            else if (part._count > 0)
            {
                segments.Add(new Segment(first, part._count, part._bytes, part._starts));
                first += part._count;
            }
        }

        return new Utf8Ids(segments);
    }

    /// <summary>Orders as <see cref="string.CompareOrdinal(string, string)"/> orders the same ids as strings.</summary>
    public static int CompareOrdinal(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        var common = first.CommonPrefixLength(second);
        if (common == first.Length || common == second.Length)
        {
            return first.Length.CompareTo(second.Length);
        }

        int a = first[common], b = second[common];
        // UTF-8 bytes sort as code points; strings sort as UTF-16 units, where U+E000..U+FFFF (lead bytes EE, EF) come
        // after the surrogates of U+10000 and above (lead bytes F0..F4). Only that pair of leads sorts the other way.
        if (a >= 0xEE && b >= 0xEE && (a >= 0xF0) != (b >= 0xF0))
        {
            return a >= 0xF0 ? -1 : 1;
        }

        return a.CompareTo(b);
    }

    private int SegmentOf(int position)
    {
        var firsts = _segmentFirsts;
        var k = firsts.Length - 1;
        while (firsts[k] > position)
        {
            k--;
        }

        return k;
    }

    private sealed record Segment(int First, int Count, byte[] Bytes, int[] Starts);
}
