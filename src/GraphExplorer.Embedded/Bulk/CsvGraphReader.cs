using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Embedded.Storage;

namespace GraphExplorer.Embedded.Bulk;

/// <summary>
/// Bulk-loads a graph from <c>entities.csv</c> (<c>id,kind,name,aliases</c>, aliases separated by
/// <c>|</c>) and <c>relationships.csv</c> (<c>id,type,from,to,source,reportedOn,percentage</c>),
/// the files the benchmark generator writes. Columns are found by their header name, so their
/// order is free and extra columns are ignored. Lines are parsed without a string per line;
/// relationship ends and sources reuse the entity id strings, and every entity or relationship
/// without extra properties shares one empty property dictionary.
/// </summary>
public sealed class CsvGraphReader
{
    public const string EntitiesFileName = "entities.csv";
    public const string RelationshipsFileName = "relationships.csv";

    private static readonly IReadOnlyDictionary<string, object?> s_noProperties =
        System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;

    private static readonly Dictionary<string, EntityKind> s_kinds =
        EntityKinds.All.ToDictionary(k => k.ToLabel(), StringComparer.Ordinal);

    private static readonly Dictionary<string, RelationshipType> s_types =
        RelationshipTypes.All.ToDictionary(t => t.ToCypher(), StringComparer.Ordinal);

    private const long ParallelFileBytes = 8 << 20;

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
        var entities = Math.Max(0, CsvLineReader.CountLines(entitiesPath) - 1);
        var relationships = Math.Max(0, CsvLineReader.CountLines(relationshipsPath) - 1);
        var builder = new GraphBuilder(entities, relationships);
        var reader = new CsvGraphReader(builder);
        Phase("counting lines");
        reader.ReadEntities(entitiesPath, cancellationToken);
        Phase($"reading {entities} entities");
        reader.ReadRelationships(relationshipsPath, cancellationToken);
        Phase($"reading {relationships} relationships");
        var snapshot = builder.Build();
        Phase("GraphBuilder.Build");
        return snapshot;
    }

    private void ReadEntities(string path, CancellationToken cancellationToken)
    {
        using var lines = new CsvLineReader(path);
        var fields = new CsvFields(8);
        var columns = ReadHeader(lines, fields, path, ["id", "kind", "name", "aliases"], required: 3);
        int id = columns[0], kind = columns[1], name = columns[2], aliases = columns[3];
        while (lines.TryReadLine(out var line))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            if ((lines.LineNumber & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            fields.Split(line);
            if (_builder.TryGetEntityIndex(fields[id], out _))
            {
                throw Error(path, lines, $"duplicate entity id '{fields[id]}'");
            }

            var entityId = fields[id].ToString();
            if (!s_kinds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(fields[kind], out var entityKind))
            {
                throw Error(path, lines, $"unknown kind '{fields[kind]}'");
            }

            var aliasText = aliases >= 0 ? fields[aliases] : [];
            _builder.AddEntity(new Entity(
                entityId, entityKind, fields[name].ToString(), ParseAliases(aliasText), Description: null, s_noProperties));
        }
    }

    private void ReadRelationships(string path, CancellationToken cancellationToken)
    {
        // Lines are independent and the entity index is only read now: parse the halves of a large file on two cores.
        var parallel = Environment.ProcessorCount > 1 && new FileInfo(path).Length > ParallelFileBytes;
        var (headerRange, parts) = FileRange.Split(path, parallel ? 2 : 1);
        int[] columns;
        using (var header = new CsvLineReader(path, headerRange))
        {
            columns = ReadHeader(
                header, new CsvFields(10), path, ["id", "type", "from", "to", "source", "reportedOn", "percentage"], required: 4);
        }

        var batches = parts.Select(_ => new RelationshipBatch()).ToArray();
        var rest = Task.Run(() =>
        {
            for (var p = 1; p < parts.Length; p++)
            {
                ReadRelationshipRange(path, parts[p], columns, batches[p], cancellationToken);
            }
        }, cancellationToken);
        try
        {
            if (parts.Length > 0)
            {
                ReadRelationshipRange(path, parts[0], columns, batches[0], cancellationToken);
            }
        }
        catch
        {
            // The first error in file order wins; let the other range stop before reporting it.
            try
            {
                rest.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
            }

            throw;
        }

        rest.GetAwaiter().GetResult();
        foreach (var batch in batches)
        {
            for (var i = 0; i < batch.Relationships.Count; i++)
            {
                _builder.AddResolved(batch.Relationships[i], batch.From[i], batch.To[i]);
            }
        }
    }

    private void ReadRelationshipRange(string path, FileRange range, int[] columns, RelationshipBatch batch, CancellationToken cancellationToken)
    {
        using var lines = new CsvLineReader(path, range);
        var fields = new CsvFields(10);
        int id = columns[0], type = columns[1], from = columns[2], to = columns[3];
        int source = columns[4], reportedOn = columns[5], percentage = columns[6];
        var types = s_types.GetAlternateLookup<ReadOnlySpan<char>>();
        while (lines.TryReadLine(out var line))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            if ((lines.LineNumber & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            fields.Split(line);
            if (!types.TryGetValue(fields[type], out var relationshipType))
            {
                throw Error(path, lines, $"unknown relationship type '{fields[type]}'");
            }

            var fromIndex = KnownEntity(fields[from], path, lines);
            var toIndex = KnownEntity(fields[to], path, lines);
            var sourceField = source >= 0 ? fields[source] : [];
            var sourceId = sourceField.IsEmpty ? null
                : _builder.TryGetEntityIndex(sourceField, out var known) ? _builder.EntityIdAt(known) : sourceField.ToString();
            var properties = s_noProperties;
            if (percentage >= 0 && !fields[percentage].IsEmpty)
            {
                if (!double.TryParse(fields[percentage], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    throw Error(path, lines, $"percentage '{fields[percentage]}' is not a number");
                }

                properties = new Dictionary<string, object?>(1) { [PropertyNames.Percentage] = value };
            }

            batch.Add(
                new Relationship(
                    fields[id].ToString(), relationshipType, _builder.EntityIdAt(fromIndex), _builder.EntityIdAt(toIndex), sourceId,
                    Evidence: null, ParseDate(reportedOn >= 0 ? fields[reportedOn] : [], path, lines), ValidFrom: null, ValidTo: null,
                    properties),
                fromIndex,
                toIndex);
        }
    }

    private int KnownEntity(ReadOnlySpan<char> id, string path, CsvLineReader lines) =>
        _builder.TryGetEntityIndex(id, out var known) ? known : throw Error(path, lines, $"no entity has the id '{id}'");

    private static int[] ReadHeader(CsvLineReader lines, CsvFields fields, string path, string[] names, int required)
    {
        if (!lines.TryReadLine(out var header))
        {
            throw new InvalidDataException($"{path}: the file is empty; expected a header line ({string.Join(',', names)}).");
        }

        fields.Split(header.TrimStart('\uFEFF'));
        var columns = new int[names.Length];
        for (var n = 0; n < names.Length; n++)
        {
            columns[n] = -1;
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i].Trim().Equals(names[n], StringComparison.OrdinalIgnoreCase))
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

    private static IReadOnlyList<string> ParseAliases(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return [];
        }

        var count = text.Count('|') + 1;
        var aliases = new string[count];
        var i = 0;
        foreach (var range in text.Split('|'))
        {
            aliases[i++] = text[range].ToString();
        }

        return aliases;
    }

    private static DateOnly? ParseDate(ReadOnlySpan<char> text, string path, CsvLineReader lines)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(path, lines, $"date '{text}' is not yyyy-MM-dd");
    }

    private static InvalidDataException Error(string path, CsvLineReader lines, string reason) =>
        new($"{path}:{lines.LineNumber}: {reason}.");
}
