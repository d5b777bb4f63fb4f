namespace GraphExplorer.Embedded.Bulk;

/// <summary>
/// Reads the lines of one <see cref="FileRange"/> of a UTF-8 file as bytes in one reused buffer: a line costs
/// no allocation and no decoding. The span handed out is valid until the next call. A byte-order mark at the start of
/// the file is skipped; a line's trailing '\r' is dropped.
/// </summary>
internal sealed class CsvLineReader : IDisposable
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private readonly FileStream _stream;
    private long _left;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _atFileStart;

    /// <summary>Reads only the lines of <paramref name="range"/>, numbering them from 1 within it.</summary>
    public CsvLineReader(string path, FileRange range)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        _stream.Position = range.Offset;
        _left = range.Length;
        _atFileStart = range.Offset == 0;
    }

    public long LineNumber { get; private set; }

    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Trim(_buffer.AsSpan(_start, newline));
                _start += newline + 1;
                LineNumber++;
                return true;
            }

            if (!Fill())
            {
                if (_start < _end)
                {
                    line = Trim(_buffer.AsSpan(_start, _end - _start));
                    _start = _end;
                    LineNumber++;
                    return true;
                }

                line = default;
                return false;
            }
        }
    }

    /// <summary>
    /// Reads the next line that is not blank and splits it into <paramref name="fields"/>; checks for cancellation every
    /// 65,536 lines. False at the end of the range.
    /// </summary>
    public bool TryReadFields(CsvFields fields, CancellationToken cancellationToken)
    {
        while (TryReadLine(out var line))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            if ((LineNumber & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            fields.Split(line);
            return true;
        }

        return false;
    }

    private bool Fill()
    {
        if (_left <= 0)
        {
            return false;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, (int)Math.Min(_buffer.Length - _end, _left));
        if (read == 0)
        {
            _left = 0;
            return false;
        }

        _left -= read;
        _end += read;
        if (_atFileStart && _end >= ByteOrderMark.Length)
        {
            _atFileStart = false;
            if (_buffer.AsSpan(0, _end).StartsWith(ByteOrderMark))
            {
                _start = ByteOrderMark.Length;
            }
        }

        return true;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    /// <summary>Counts the lines of a file quickly, to size the graph before reading it.</summary>
    public static int CountLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        var count = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            count += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return count;
    }

    public void Dispose() => _stream.Dispose();
}
