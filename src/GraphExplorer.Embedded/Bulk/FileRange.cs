namespace GraphExplorer.Embedded.Bulk;

/// <summary>A run of whole lines of a file: its byte offset and length, and the number of the line before it.</summary>
internal sealed record FileRange(long Offset, long Length, long LinesBefore)
{
    /// <summary>
    /// Splits the file after its first line (the header) into up to <paramref name="parts"/> ranges
    /// that begin at line starts ('\n' is one byte in UTF-8, so splitting bytes at it is safe).
    /// </summary>
    public static (FileRange Header, FileRange[] Body) Split(string path, int parts)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
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
        long lines = 1;
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : length;
            body[i] = new FileRange(starts[i], end - starts[i], lines);
            if (i + 1 < starts.Count)
            {
                lines += CountNewlines(stream, starts[i], end);
            }
        }

        return (new FileRange(0, header, 0), body);
    }

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

    private static long CountNewlines(FileStream stream, long start, long end)
    {
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
