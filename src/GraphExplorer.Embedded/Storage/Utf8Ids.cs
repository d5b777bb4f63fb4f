using System.Text;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Ids kept as UTF-8 bytes, one after another in one array, addressed by their position in order of adding: an id costs
/// its bytes and one offset, not a string object. The array stays under 2 GiB; a larger set is kept as several
/// (see <see cref="Joined"/>), which is why a reader asks through this type and never for the array.
/// </summary>
internal sealed class Utf8Ids
{
    // Set only on a joined set: the parts' arrays as they were, with the position of each part's first id.
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

    private Utf8Ids(int[] firsts, byte[][] bytes, int[][] starts, int count)
    {
        _segmentFirsts = firsts;
        _segmentBytes = bytes;
        _segmentStarts = starts;
        _bytes = [];
        _starts = [0];
        _count = count;
    }

    public int Count => _count;

    /// <summary>Bytes held, for the load report.</summary>
    public long ByteCount => Enumerable.Range(0, _segmentBytes.Length).Sum(k => (long)_segmentStarts[k][SegmentCount(k)]) + _used;

    public int Add(ReadOnlySpan<byte> id)
    {
        if (_segmentBytes.Length > 0)
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
            if (_segmentBytes.Length == 0)
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
        List<int> firsts = [];
        List<byte[]> bytes = [];
        List<int[]> starts = [];
        var first = 0;
        foreach (var part in parts)
        {
            if (part._segmentBytes.Length > 0)
            {
                for (var k = 0; k < part._segmentBytes.Length; k++)
                {
                    firsts.Add(first + part._segmentFirsts[k]);
                    bytes.Add(part._segmentBytes[k]);
                    starts.Add(part._segmentStarts[k]);
                }
            }
            else if (part._count > 0)
            {
                firsts.Add(first);
                bytes.Add(part._bytes);
                starts.Add(part._starts);
            }

            first += part._count;
        }

        return new Utf8Ids([.. firsts], [.. bytes], [.. starts], first);
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

    private int SegmentCount(int k) => (k + 1 < _segmentFirsts.Length ? _segmentFirsts[k + 1] : _count) - _segmentFirsts[k];
}
