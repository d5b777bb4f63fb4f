namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// For every three consecutive characters, the keys that contain them (ascending key positions,
/// each key once). Any key containing a text of three or more characters contains all of the
/// text's trigrams, so the shortest of their posting lists holds every match; candidates are
/// then verified. Trigrams of ASCII characters are numbered directly; others get numbers from a
/// small dictionary after those.
/// </summary>
internal sealed class TrigramIndex
{
    public const int MinimumLength = 3;

    private const int AsciiCodes = 1 << 21;

    private readonly int[] _offsets;
    private readonly int[] _postings;
    private readonly Dictionary<ulong, int> _otherCodes;

    private TrigramIndex(int[] offsets, int[] postings, Dictionary<ulong, int> otherCodes)
    {
        _offsets = offsets;
        _postings = postings;
        _otherCodes = otherCodes;
    }

    public static TrigramIndex Build(string[] keys)
    {
        var otherCodes = new Dictionary<ulong, int>();
        foreach (var key in keys)
        {
            for (var i = 0; i + MinimumLength <= key.Length; i++)
            {
                if (!IsAscii(key, i))
                {
                    otherCodes.TryAdd(Pack(key, i), AsciiCodes + otherCodes.Count);
                }
            }
        }

        var codeCount = AsciiCodes + otherCodes.Count;
        var offsets = new int[codeCount + 1];
        var lastKey = new int[codeCount];
        Array.Fill(lastKey, -1);
        for (var k = 0; k < keys.Length; k++)
        {
            var key = keys[k];
            for (var i = 0; i + MinimumLength <= key.Length; i++)
            {
                var code = Code(key, i, otherCodes);
                if (lastKey[code] != k)
                {
                    lastKey[code] = k;
                    offsets[code + 1]++;
                }
            }
        }

        for (var c = 0; c < codeCount; c++)
        {
            offsets[c + 1] += offsets[c];
        }

        var postings = new int[offsets[codeCount]];
        var fill = lastKey;
        Array.Copy(offsets, fill, codeCount);
        for (var k = 0; k < keys.Length; k++)
        {
            var key = keys[k];
            for (var i = 0; i + MinimumLength <= key.Length; i++)
            {
                var code = Code(key, i, otherCodes);
                var at = fill[code];
                // Keys are visited in order, so a repeated trigram of the same key is the last one written.
                if (at == offsets[code] || postings[at - 1] != k)
                {
                    postings[at] = k;
                    fill[code] = at + 1;
                }
            }
        }

        return new TrigramIndex(offsets, postings, otherCodes);
    }

    /// <summary>
    /// The key positions that may contain <paramref name="text"/> (at least <see cref="MinimumLength"/> characters):
    /// the shortest posting list among its trigrams, empty when one of them occurs nowhere.
    /// </summary>
    public ReadOnlySpan<int> Candidates(string text)
    {
        ReadOnlySpan<int> best = default;
        var found = false;
        for (var i = 0; i + MinimumLength <= text.Length; i++)
        {
            int code;
            if (IsAscii(text, i))
            {
                code = AsciiCode(text, i);
            }
            else if (!_otherCodes.TryGetValue(Pack(text, i), out code))
            {
                return [];
            }

            var list = _postings.AsSpan(_offsets[code], _offsets[code + 1] - _offsets[code]);
            if (list.IsEmpty)
            {
                return [];
            }

            if (!found || list.Length < best.Length)
            {
                best = list;
                found = true;
            }
        }

        return best;
    }

    private static bool IsAscii(string text, int i) => (text[i] | text[i + 1] | text[i + 2]) < 128;

    private static int AsciiCode(string text, int i) => (text[i] << 14) | (text[i + 1] << 7) | text[i + 2];

    private static ulong Pack(string text, int i) => ((ulong)text[i] << 32) | ((ulong)text[i + 1] << 16) | text[i + 2];

    private static int Code(string text, int i, Dictionary<ulong, int> otherCodes) =>
        IsAscii(text, i) ? AsciiCode(text, i) : otherCodes[Pack(text, i)];
}
