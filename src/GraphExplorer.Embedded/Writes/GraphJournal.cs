using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Writes;

namespace GraphExplorer.Embedded.Writes;

/// <summary>
/// The embedded store's journal: every accepted write appended as Cypher statements of the seed subset, so the file
/// is itself a script that the seed loader and Neo4j run. Each entry is framed by two comments, which Cypher skips:
/// <code>
/// // change {"sequence":1,"at":"…","operation":"addRelationship","target":"…","source":"…","by":"…"}
/// MATCH … MERGE … SET …;
/// // commit 1 sha256:&lt;first 16 hex digits of the SHA-256 of the entry up to this line&gt;
/// </code>
/// An entry counts only once its commit line is whole, and is on disk (fsync) before its write is acknowledged.
/// </summary>
internal sealed class GraphJournal : IDisposable
{
    public const string FileName = "journal.cypher";

    private const string ChangePrefix = "// change ";
    private const string CommitPrefix = "// commit ";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly FileStream _file;
    private readonly FileStream _lock;

    private GraphJournal(string path, FileStream file, FileStream holder)
    {
        Path = path;
        _file = file;
        _lock = holder;
    }

    public string Path { get; }

    /// <summary>
    /// Opens the journal in <paramref name="directory"/>, creating both when absent, and reads its entries. A last
    /// entry cut short (a crash in mid-write) is dropped and cut from the file; <paramref name="torn"/> says where.
    /// </summary>
    /// <exception cref="JournalException">An entry before the end cannot be read.</exception>
    public static GraphJournal Open(string directory, out IReadOnlyList<JournalEntry> entries, out string? torn)
    {
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, FileName);
        var holder = Hold(path + ".lock");
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None);
        }
        catch
        {
            holder.Dispose();
            throw;
        }

        try
        {
            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            entries = Read(bytes, path, out var validLength, out torn);
            if (validLength < bytes.Length)
            {
                file.SetLength(validLength);
                file.Flush(flushToDisk: true);
            }

            file.Seek(0, SeekOrigin.End);
            return new GraphJournal(path, file, holder);
        }
        catch
        {
            file.Dispose();
            holder.Dispose();
            throw;
        }
    }

    /// <summary>The lock beside the journal, held while it is open: two servers appending to one journal would interleave their entries.</summary>
    private static FileStream Hold(string lockPath)
    {
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException exception)
        {
            throw new JournalException(
                $"{lockPath}: the journal is held by another process (another server, or an import, on the same GraphExplorer:DataDirectory). " +
                "Each server needs a folder of its own; stop the other one first.", exception);
        }
    }

    /// <summary>Appends the entries and flushes them to disk; on failure the file is cut back to where it was.</summary>
    /// <exception cref="IOException">The entries could not be written; the journal is as it was.</exception>
    public void Append(IReadOnlyList<JournalEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            text.Append(Format(entry));
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var length = _file.Length;
        try
        {
            _file.Write(bytes);
            _file.Flush(flushToDisk: true);
        }
        catch (IOException)
        {
            try
            {
                _file.SetLength(length);
                _file.Seek(length, SeekOrigin.Begin);
            }
            catch (IOException)
            {
                // The next start drops a torn last entry; nothing acknowledged is lost.
            }

            throw;
        }
    }

    public void Dispose()
    {
        _file.Dispose();
        _lock.Dispose();
    }

    internal static string Format(JournalEntry entry)
    {
        var change = entry.Change;
        var header = ChangePrefix + JsonSerializer.Serialize(
            new ChangeLine(change.Sequence, change.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                change.Operation, change.TargetId, change.SourceId, change.Reason, change.By), s_json) + "\n";
        var body = header + entry.Script;
        return body + CommitPrefix + change.Sequence.ToString(CultureInfo.InvariantCulture) + " sha256:" + Digest(body) + "\n";
    }

    internal static IReadOnlyList<JournalEntry> Read(ReadOnlySpan<byte> bytes, string path, out long validLength, out string? torn)
    {
        var entries = new List<JournalEntry>();
        validLength = 0;
        torn = null;
        var text = Encoding.UTF8.GetString(bytes);
        var at = 0;
        var line = 1;
        while (at < text.Length)
        {
            var entryStart = at;
            var entryLine = line;
            var headerEnd = text.IndexOf('\n', at);
            if (headerEnd < 0)
            {
                torn = $"{path}:{entryLine}";
                break;
            }

            var header = text[at..headerEnd];
            if (!header.StartsWith(ChangePrefix, StringComparison.Ordinal))
            {
                throw Damaged(path, entryLine, $"expected '{ChangePrefix.Trim()} {{…}}' to start an entry, found '{Shorten(header)}'");
            }

            var commit = text.IndexOf("\n" + CommitPrefix, headerEnd, StringComparison.Ordinal);
            var commitEnd = commit < 0 ? -1 : text.IndexOf('\n', commit + 1);
            if (commitEnd < 0)
            {
                if (text.IndexOf("\n" + ChangePrefix, headerEnd, StringComparison.Ordinal) >= 0)
                {
                    throw Damaged(path, entryLine, "this entry has no commit line, yet more entries follow it");
                }

                torn = $"{path}:{entryLine}";
                break;
            }

            var body = text[entryStart..(commit + 1)];
            var commitLine = text[(commit + 1)..commitEnd];
            var bodyLines = body.Count(c => c == '\n');
            var change = ReadChange(header[ChangePrefix.Length..], path, entryLine);
            var expected = CommitPrefix + change.Sequence.ToString(CultureInfo.InvariantCulture) + " sha256:" + Digest(body);
            if (commitLine != expected)
            {
                throw Damaged(path, entryLine, $"entry {change.Sequence} does not match its commit line (line {entryLine + bodyLines}): the entry was changed or damaged");
            }

            if (entries.Count > 0 && change.Sequence != entries[^1].Change.Sequence + 1)
            {
                throw Damaged(path, entryLine, $"entry {change.Sequence} follows entry {entries[^1].Change.Sequence}; entries are numbered one after another");
            }

            entries.Add(new JournalEntry(change, body[(header.Length + 1)..], entryLine + 1));
            at = commitEnd + 1;
            line = entryLine + bodyLines + 1;
            validLength = Encoding.UTF8.GetByteCount(text.AsSpan(0, at));
        }

        return entries;
    }

    private static GraphChange ReadChange(string json, string path, int line)
    {
        try
        {
            var read = JsonSerializer.Deserialize<ChangeLine>(json, s_json);
            if (read is null || read.Operation is null || read.Target is null || read.By is null
                || !DateTimeOffset.TryParse(read.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                throw Damaged(path, line, "the change line lacks its sequence, time, operation, target or author");
            }

            return new GraphChange(read.Sequence, at, read.Operation, read.Target, read.Source, read.Reason, read.By);
        }
        catch (JsonException exception)
        {
            throw Damaged(path, line, $"the change line is not JSON ({exception.Message})", exception);
        }
    }

    private static string Digest(string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16];

    private static JournalException Damaged(string path, int line, string what, Exception? inner = null) =>
        new($"{path}:{line}: the journal is damaged: {what}. The store did not start, so nothing more was lost. Restore the file from a backup, " +
            "or cut it at the last whole entry before this line (each ends with a '// commit' line) and start again; writes after that point are then lost.", inner);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private sealed record ChangeLine(long Sequence, string? At, string? Operation, string? Target, string? Source, string? Reason, string? By);
}
