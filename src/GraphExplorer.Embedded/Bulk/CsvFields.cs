namespace GraphExplorer.Embedded.Bulk;

/// <summary>
/// Splits one CSV line of UTF-8 bytes into fields without allocating. Fields in double quotes (with <c>""</c> for a
/// quote) are unescaped into a scratch buffer; a line break inside quotes is not supported.
/// </summary>
internal sealed class CsvFields(int capacity)
{
    private readonly Range[] _ranges = new Range[capacity];
    private byte[] _text = new byte[256];

    public int Count { get; private set; }

    /// <summary>The field at <paramref name="index"/>, empty when the line has fewer fields.</summary>
    public ReadOnlySpan<byte> this[int index] => index < 0 || index >= Count ? [] : _text.AsSpan()[_ranges[index]];

    public void Split(ReadOnlySpan<byte> line)
    {
        if (_text.Length < line.Length)
        {
            _text = new byte[Math.Max(line.Length, _text.Length * 2)];
        }

        if (line.Contains((byte)'"'))
        {
            SplitQuoted(line);
            return;
        }

        line.CopyTo(_text);
        var count = 0;
        var start = 0;
        while (true)
        {
            var comma = count == _ranges.Length - 1 ? -1 : line[start..].IndexOf((byte)',');
            if (comma < 0)
            {
                _ranges[count++] = start..line.Length;
                break;
            }

            _ranges[count++] = start..(start + comma);
            start += comma + 1;
        }

        Count = count;
    }

    private void SplitQuoted(ReadOnlySpan<byte> line)
    {
        var written = 0;
        var count = 0;
        var i = 0;
        while (count < _ranges.Length)
        {
            var fieldStart = written;
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            _text[written++] = (byte)'"';
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    _text[written++] = line[i++];
                }
            }

            while (i < line.Length && line[i] != ',')
            {
                _text[written++] = line[i++];
            }

            _ranges[count++] = fieldStart..written;
            if (i >= line.Length)
            {
                break;
            }

            i++;
        }

        Count = count;
    }
}
