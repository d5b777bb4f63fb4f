using System.Globalization;
using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Embedded.Storage;

namespace GraphExplorer.Embedded.Bulk;

/// <summary>
/// Bulk-loads a graph from <c>entities.csv</c> (<c>id,kind,name,aliases</c>, aliases separated by
/// <c>|</c>) and <c>relationships.csv</c> (<c>id,type,from,to,source,reportedOn,percentage</c>),
/// the files the benchmark generator writes. Columns are found by their header name, so their
/// order is free and extra columns are ignored. Lines are read as UTF-8 bytes and never decoded whole: a relationship
/// goes straight into <see cref="RelationshipColumns"/> (its ends and source looked up by their bytes, its date read
/// digit by digit), and only an entity's id, name and aliases become strings. The relationship file is read once, in
/// parts on all cores.
/// </summary>
public sealed class CsvGraphReader
{
    public const string EntitiesFileName = "entities.csv";
    public const string RelationshipsFileName = "relationships.csv";

    private static readonly IReadOnlyDictionary<string, object?> s_noProperties =
        System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;

    private static readonly (byte[] Name, EntityKind Kind)[] s_kinds =
        [.. EntityKinds.All.Select(k => (Encoding.UTF8.GetBytes(k.ToLabel()), k))];

    private static readonly (byte[] Name, RelationshipType Type)[] s_types =
        [.. RelationshipTypes.All.Select(t => (Encoding.UTF8.GetBytes(t.ToCypher()), t))];

    private const long ParallelFileBytes = 8 << 20;

    /// <summary>Keeps each part's id bytes well inside one array (see <see cref="Utf8Ids"/>).</summary>
    private const long MaxPartBytes = 1L << 30;

    private readonly GraphBuilder _builder;

    private CsvGraphReader(GraphBuilder builder)
    {
        _builder = builder;
    }

    /// <summary>Reads both files of <paramref name="folder"/> and freezes the graph.</summary>
    public static GraphSnapshot Load(string folder, CancellationToken cancellationToken = default, TextWriter? timings = null) =>
        Load(Path.Combine(folder, EntitiesFileName), Path.Combine(folder, RelationshipsFileName), cancellationToken, timings);

    /// <param name="timings">When given, receives the time of each phase, to tell which one a slow load spends on.</param>
    public static GraphSnapshot Load(
        string entitiesPath, string relationshipsPath, CancellationToken cancellationToken = default, TextWriter? timings = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        void Phase(string name)
        {
            timings?.WriteLine(
                $"bulk load: {name} {watch.Elapsed.TotalSeconds:F2} s (GC pauses so far {GC.GetTotalPauseDuration().TotalSeconds:F2} s)");
            watch.Restart();
        }

        // Counting lines first costs a fast pass over the bytes and saves every regrowth of the indexes.
        var builder = new GraphBuilder(Math.Max(0, CsvLineReader.CountLines(entitiesPath) - 1));
        var reader = new CsvGraphReader(builder);
        reader.ReadEntities(entitiesPath, cancellationToken);
        Phase($"reading {builder.EntityCount} entities");
        reader.ReadRelationships(relationshipsPath, cancellationToken);
        Phase($"reading {builder.RelationshipCount} relationships");
        try
        {
            var snapshot = builder.Build();
            Phase("GraphBuilder.Build");
            return snapshot;
        }
        catch (InvalidOperationException repeated)
        {
            throw new InvalidDataException($"{relationshipsPath}: {repeated.Message}", repeated);
        }
    }

    private void ReadEntities(string path, CancellationToken cancellationToken)
    {
        // Parsed in parts on all cores; the ids are then indexed in file order, so a repeated id is found where it repeats.
        var (columns, parts) = HeaderAndParts(path, ["id", "kind", "name", "aliases"], required: 3);

        var read = InParts(parts, cancellationToken, part => ReadEntityRange(path, part, columns, cancellationToken));
        for (var p = 0; p < parts.Length; p++)
        {
            var (entities, lines, failure) = read[p];
            for (var i = 0; i < entities.Count; i++)
            {
                if (_builder.TryAddEntity(entities[i]) >= 0)
                {
                    throw Error(path, parts[p], lines[i], $"duplicate entity id '{entities[i].Id}'");
                }
            }

            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
        }
    }

    /// <summary>The entities of one part, each with its line in the part, up to the first line that is refused.</summary>
    private static (List<Entity> Entities, List<int> Lines, Exception? Failure) ReadEntityRange(
        string path, FileRange range, int[] columns, CancellationToken cancellationToken)
    {
        using var lines = new CsvLineReader(path, range);
        var fields = new CsvFields(8);
        int id = columns[0], kind = columns[1], name = columns[2], aliases = columns[3];
        var entities = new List<Entity>();
        var numbers = new List<int>();
        try
        {
            while (lines.TryReadFields(fields, cancellationToken))
            {
                if (fields[id].IsEmpty)
                {
                    throw Error(path, range, lines.LineNumber, "the entity has no id");
                }

                if (Find(s_kinds, fields[kind]) is not { } entityKind)
                {
                    throw Error(path, range, lines.LineNumber, $"unknown kind '{Text(fields[kind])}'");
                }

                entities.Add(new Entity(
                    Text(fields[id]), entityKind, Text(fields[name]), ParseAliases(fields[aliases]), Description: null, s_noProperties));
                numbers.Add((int)lines.LineNumber);
            }
        }
        catch (InvalidDataException refused)
        {
            return (entities, numbers, refused);
        }

        return (entities, numbers, null);
    }

    /// <summary>Runs <paramref name="read"/> on every part, on all cores, and gives the results in part order.</summary>
    private static T[] InParts<T>(FileRange[] parts, CancellationToken cancellationToken, Func<FileRange, T> read)
    {
        var results = new T[parts.Length];
        Parallel.For(
            0,
            parts.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            p => results[p] = read(parts[p]));
        return results;
    }

    /// <summary>One part for a small file; one per core, and none over <see cref="MaxPartBytes"/>, for a large one.</summary>
    private static int PartsFor(string path)
    {
        var length = new FileInfo(path).Length;
        var parallel = Environment.ProcessorCount > 1 && length > ParallelFileBytes;
        return (int)Math.Max(parallel ? Environment.ProcessorCount : 1, (length + MaxPartBytes - 1) / MaxPartBytes);
    }

    private void ReadRelationships(string path, CancellationToken cancellationToken)
    {
        // Lines are independent and the entity index is only read now: parse the parts of a large file on all cores.
        var (columns, parts) = HeaderAndParts(path, ["id", "type", "from", "to", "source", "reportedOn", "percentage"], required: 4);

        var read = InParts(parts, cancellationToken, part =>
        {
            try
            {
                return (Columns: (RelationshipColumns?)ReadRelationshipRange(path, part, columns, cancellationToken), Failure: (Exception?)null);
            }
            catch (InvalidDataException refused)
            {
                return (Columns: null, Failure: (Exception?)refused);
            }
        });

        // The first error in file order wins.
        if (read.FirstOrDefault(r => r.Failure is not null).Failure is { } first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        foreach (var (part, _) in read)
        {
            _builder.AddRelationships(part!);
        }
    }

    private RelationshipColumns ReadRelationshipRange(string path, FileRange range, int[] columns, CancellationToken cancellationToken)
    {
        var expected = (int)Math.Min(Array.MaxLength, range.CountLines(path) + 1);
        using var lines = new CsvLineReader(path, range);
        var fields = new CsvFields(10);
        int id = columns[0], type = columns[1], from = columns[2], to = columns[3];
        int source = columns[4], reportedOn = columns[5], percentage = columns[6];
        RelationshipColumns? read = null;
        while (lines.TryReadFields(fields, cancellationToken))
        {
            if (fields[id].IsEmpty)
            {
                throw Error(path, range, lines.LineNumber, "the relationship has no id");
            }

            if (Find(s_types, fields[type]) is not { } relationshipType)
            {
                throw Error(path, range, lines.LineNumber, $"unknown relationship type '{Text(fields[type])}'");
            }

            var fromIndex = KnownEntity(fields[from], path, range, lines.LineNumber);
            var toIndex = KnownEntity(fields[to], path, range, lines.LineNumber);
            var sourceField = fields[source];
            var sourceIndex = -1;
            string? foreignSource = null;
            if (!sourceField.IsEmpty && !_builder.TryGetEntityIndex(sourceField, out sourceIndex))
            {
                sourceIndex = -1;
                foreignSource = Text(sourceField);
            }

            double? share = null;
            if (!fields[percentage].IsEmpty)
            {
                share = double.TryParse(fields[percentage], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                    ? value
                    : throw Error(path, range, lines.LineNumber, $"percentage '{Text(fields[percentage])}' is not a number");
            }

            // Sized from the first id: the arena then rarely grows.
            read ??= new RelationshipColumns(expected, (int)Math.Min(Array.MaxLength, expected * ((fields[id].Length * 5L / 4) + 4)));
            read.Add(
                fields[id], relationshipType, fromIndex, toIndex, sourceIndex, foreignSource,
                ParseDate(fields[reportedOn], path, range, lines.LineNumber), share);
        }

        return read ?? new RelationshipColumns();
    }

    private int KnownEntity(ReadOnlySpan<byte> id, string path, FileRange range, long line) =>
        _builder.TryGetEntityIndex(id, out var known) ? known : throw Error(path, range, line, $"no entity has the id '{Text(id)}'");

    private static T? Find<T>((byte[] Name, T Value)[] names, ReadOnlySpan<byte> text)
        where T : struct
    {
        foreach (var (name, value) in names)
        {
            if (text.SequenceEqual(name))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The file's columns, found by name in its header line, and the parts its other lines are read in.</summary>
    private static (int[] Columns, FileRange[] Parts) HeaderAndParts(string path, string[] names, int required)
    {
        var (headerRange, parts) = FileRange.Split(path, PartsFor(path));
        using var lines = new CsvLineReader(path, headerRange);
        return (ReadHeader(lines, new CsvFields(names.Length + 4), path, names, required), parts);
    }

    private static int[] ReadHeader(CsvLineReader lines, CsvFields fields, string path, string[] names, int required)
    {
        if (!lines.TryReadLine(out var header))
        {
            throw new InvalidDataException($"{path}: the file is empty; expected a header line ({string.Join(',', names)}).");
        }

        fields.Split(header);
        var columns = new int[names.Length];
        for (var n = 0; n < names.Length; n++)
        {
            columns[n] = -1;
            for (var i = 0; i < fields.Count; i++)
            {
                if (Text(fields[i]).Trim().Equals(names[n], StringComparison.OrdinalIgnoreCase))
                {
                    columns[n] = i;
                    break;
                }
            }

            if (columns[n] < 0 && n < required)
            {
                throw new InvalidDataException($"{path}:1: the header has no '{names[n]}' column.");
            }
        }

        return columns;
    }

    private static IReadOnlyList<string> ParseAliases(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty)
        {
            return [];
        }

        var aliases = new string[text.Count((byte)'|') + 1];
        for (var i = 0; i < aliases.Length; i++)
        {
            var bar = text.IndexOf((byte)'|');
            aliases[i] = Text(bar < 0 ? text : text[..bar]);
            text = bar < 0 ? [] : text[(bar + 1)..];
        }

        return aliases;
    }

    /// <summary>A <c>yyyy-MM-dd</c> date, read digit by digit; null when the field is empty.</summary>
    private static DateOnly? ParseDate(ReadOnlySpan<byte> text, string path, FileRange range, long line)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text[..4]) is var year and > 0 && Digits(text[5..7]) is var month and >= 1 and <= 12
            && Digits(text[8..]) is var day && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        throw Error(path, range, line, $"date '{Text(text)}' is not yyyy-MM-dd");
    }

    /// <summary>The number the ASCII digits spell, or -1 when any is not a digit.</summary>
    private static int Digits(ReadOnlySpan<byte> text)
    {
        var value = 0;
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (b - '0');
        }

        return value;
    }

    private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    private static InvalidDataException Error(string path, long line, string reason) => new($"{path}:{line}: {reason}.");

    private static InvalidDataException Error(string path, FileRange range, long line, string reason) =>
        Error(path, range.LinesBefore(path) + line, reason);
}
