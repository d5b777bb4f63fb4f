namespace GraphExplorer.Embedded.Bulk;

/// <summary>A run of whole lines of a file: its byte offset and length.</summary>
internal sealed record FileRange(long Offset, long Length)
{
    /// <summary>
    /// Splits the file after its first line (the header) into up to <paramref name="parts"/> ranges
    /// that begin at line starts ('\n' is one byte in UTF-8, so splitting bytes at it is safe).
    /// </summary>
    public static (FileRange Header, FileRange[] Body) Split(string path, int parts)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var length = stream.Length;
        var header = NextLineStart(stream, 0);
        var starts = new List<long> { header };
        for (var p = 1; p < parts; p++)
        {
            var start = NextLineStart(stream, header + ((length - header) * p / parts));
            if (start > starts[^1] && start < length)
            {
                starts.Add(start);
            }
        }

        var body = new FileRange[starts.Count];
        for (var i = 0; i < starts.Count; i++)
        {
            body[i] = new FileRange(starts[i], (i + 1 < starts.Count ? starts[i + 1] : length) - starts[i]);
        }

        return (new FileRange(0, header), body);
    }

    /// <summary>How many lines of the file lie before this range: counted only when asked, to number a line in an error.</summary>
    public long LinesBefore(string path) => CountNewlines(path, 0, Offset);

    /// <summary>How many '\n' the range holds.</summary>
    public long CountLines(string path) => CountNewlines(path, Offset, Offset + Length);

    private static long NextLineStart(FileStream stream, long from)
    {
        stream.Position = from;
        var buffer = new byte[1 << 16];
        var position = from;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return position + newline + 1;
            }

            position += read;
        }

        return stream.Length;
    }

    private static long CountNewlines(string path, long start, long end)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        stream.Position = start;
        var buffer = new byte[1 << 20];
        long count = 0;
        while (stream.Position < end)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, end - stream.Position));
            if (read == 0)
            {
                break;
            }

            count += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return count;
    }
}
