using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Relationships kept as columns, one entry per relationship position: type, both ends and the source as entity
/// positions, the report date as a day number, and the ids in one <see cref="Utf8Ids"/>. A bulk-loaded relationship has
/// no other object: its <see cref="Relationship"/> record is built when a request reads it. A relationship that carries
/// more than the columns hold (evidence, validity, properties: the seed's) keeps its record as it was given.
/// </summary>
internal sealed class RelationshipColumns
{
    private const int NoDate = -1;
    private const int NoSource = -1;

    private static readonly IReadOnlyDictionary<string, object?> s_noProperties =
        System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;

    private readonly Utf8Ids _ids;
    private byte[] _type;
    private int[] _from;
    private int[] _to;
    private int[] _source;
    private int[] _reportedOn;
    private Dictionary<int, double>? _percentages;
    private List<string>? _foreignSources;
    private Dictionary<string, int>? _foreignSourceIndex;
    private List<Relationship?>? _records;
    private int _count;

    public RelationshipColumns(int expectedCount = 0, int expectedIdBytes = 0)
    {
        var capacity = Math.Max(4, expectedCount);
        _ids = new Utf8Ids(capacity, expectedIdBytes);
        _type = new byte[capacity];
        _from = new int[capacity];
        _to = new int[capacity];
        _source = new int[capacity];
        _reportedOn = new int[capacity];
    }

    private RelationshipColumns(Utf8Ids ids, int count)
    {
        _ids = ids;
        _count = count;
        _type = new byte[count];
        _from = new int[count];
        _to = new int[count];
        _source = new int[count];
        _reportedOn = new int[count];
    }

    public int Count => _count;

    public Utf8Ids Ids => _ids;

    public ReadOnlySpan<int> From => _from.AsSpan(0, _count);

    public ReadOnlySpan<int> To => _to.AsSpan(0, _count);

    public RelationshipType TypeAt(int position) => (RelationshipType)_type[position];

    public int FromAt(int position) => _from[position];

    public int ToAt(int position) => _to[position];

    /// <summary>Adds a relationship held in the columns alone.</summary>
    /// <param name="source">The source's entity position, or -1 for none.</param>
    /// <param name="foreignSource">A source id that names no entity, used when <paramref name="source"/> is -1.</param>
    public void Add(
        ReadOnlySpan<byte> id, RelationshipType type, int from, int to, int source, string? foreignSource, DateOnly? reportedOn,
        double? percentage)
    {
        var position = Append(type, from, to);
        _ids.Add(id);
        _source[position] = source >= 0 || foreignSource is null ? source : -2 - AddForeign(foreignSource);
        _reportedOn[position] = reportedOn?.DayNumber ?? NoDate;
        if (percentage is { } value)
        {
            (_percentages ??= [])[position] = value;
        }

        _records?.Add(null);
    }

    /// <summary>Adds a relationship with all it carries; it is read back as this very record.</summary>
    public void Add(Relationship relationship, int from, int to)
    {
        var position = Append(relationship.Type, from, to);
        _ids.Add(relationship.Id);
        if (_records is null)
        {
            _records = new List<Relationship?>(_type.Length);
            for (var i = 0; i < position; i++)
            {
                _records.Add(null);
            }
        }

        _records.Add(relationship);
        _source[position] = NoSource;
        _reportedOn[position] = relationship.ReportedOn?.DayNumber ?? NoDate;
    }

    /// <summary>Whether it was added as a record (it may carry more than the columns).</summary>
    public bool HasRecord(int position) => _records?[position] is not null;

    /// <summary>Whether it has been retracted; only a relationship kept as a record can be.</summary>
    public bool IsRetracted(int position) => _records?[position] is { IsRetracted: true };

    /// <summary>Whether it holds on <paramref name="date"/> (see <see cref="Relationship.HoldsOn"/>), without building its record.</summary>
    public bool HoldsOn(int position, DateOnly date) =>
        _records?[position] is { } record ? record.HoldsOn(date) : _reportedOn[position] == NoDate || _reportedOn[position] <= date.DayNumber;

    public Relationship RecordAt(int position, Entity[] entities)
    {
        if (_records?[position] is { } record)
        {
            return record;
        }

        var source = _source[position];
        var properties = _percentages is not null && _percentages.TryGetValue(position, out var percentage)
            ? new Dictionary<string, object?>(1) { [PropertyNames.Percentage] = percentage }
            : s_noProperties;
        return new Relationship(
            _ids.StringAt(position), TypeAt(position), entities[_from[position]].Id, entities[_to[position]].Id,
            source >= 0 ? entities[source].Id : source == NoSource ? null : _foreignSources![-2 - source],
            Evidence: null, _reportedOn[position] == NoDate ? null : DateOnly.FromDayNumber(_reportedOn[position]),
            ValidFrom: null, ValidTo: null, properties);
    }

    /// <summary>
    /// A copy whose relationships at the given positions are read back as the given records (a retraction, a write
    /// of the same relationship); their types and ends are the same as before. The ids are shared, not copied.
    /// </summary>
    public RelationshipColumns WithRecords(IReadOnlyDictionary<int, Relationship> records)
    {
        var copy = new RelationshipColumns(_ids, _count);
        _type.AsSpan(0, _count).CopyTo(copy._type);
        _from.AsSpan(0, _count).CopyTo(copy._from);
        _to.AsSpan(0, _count).CopyTo(copy._to);
        _source.AsSpan(0, _count).CopyTo(copy._source);
        _reportedOn.AsSpan(0, _count).CopyTo(copy._reportedOn);
        copy._percentages = _percentages is null ? null : new(_percentages);
        copy._foreignSources = _foreignSources is null ? null : [.. _foreignSources];
        copy._foreignSourceIndex = _foreignSourceIndex is null ? null : new(_foreignSourceIndex, StringComparer.Ordinal);
        copy._records = _records is null && records.Count == 0 ? null : [.. _records ?? Enumerable.Repeat<Relationship?>(null, _count)];
        foreach (var (position, record) in records)
        {
            if (record.Type != TypeAt(position))
            {
                throw new InvalidOperationException($"Relationship '{record.Id}' is a {TypeAt(position).ToCypher()}; it cannot become a {record.Type.ToCypher()}.");
            }

            copy._records![position] = record;
            copy._source[position] = NoSource;
            copy._reportedOn[position] = record.ReportedOn?.DayNumber ?? NoDate;
            copy._percentages?.Remove(position);
        }

        return copy;
    }

    /// <summary>The parts in order as one set of columns; their ids are shared, not copied.</summary>
    public static RelationshipColumns Join(IReadOnlyList<RelationshipColumns> parts)
    {
        if (parts.Count == 1 && parts[0]._records is null)
        {
            return parts[0];
        }

        var joined = new RelationshipColumns(Utf8Ids.Joined([.. parts.Select(p => p._ids)]), parts.Sum(p => p._count));
        var at = 0;
        foreach (var part in parts)
        {
            var n = part._count;
            part._type.AsSpan(0, n).CopyTo(joined._type.AsSpan(at));
            part._from.AsSpan(0, n).CopyTo(joined._from.AsSpan(at));
            part._to.AsSpan(0, n).CopyTo(joined._to.AsSpan(at));
            part._reportedOn.AsSpan(0, n).CopyTo(joined._reportedOn.AsSpan(at));
            for (var i = 0; i < n; i++)
            {
                var source = part._source[i];
                joined._source[at + i] = source >= NoSource ? source : -2 - joined.AddForeign(part._foreignSources![-2 - source]);
            }

            foreach (var (position, value) in part._percentages ?? [])
            {
                (joined._percentages ??= [])[at + position] = value;
            }

            if (part._records is not null || joined._records is not null)
            {
                joined._records ??= [.. Enumerable.Repeat<Relationship?>(null, at)];
                joined._records.AddRange(part._records ?? Enumerable.Repeat<Relationship?>(null, n));
            }

            at += n;
        }

        return joined;
    }

    private int Append(RelationshipType type, int from, int to)
    {
        if (_count == _type.Length)
        {
            var capacity = _count * 2;
            Array.Resize(ref _type, capacity);
            Array.Resize(ref _from, capacity);
            Array.Resize(ref _to, capacity);
            Array.Resize(ref _source, capacity);
            Array.Resize(ref _reportedOn, capacity);
        }

        var position = _count++;
        _type[position] = (byte)type;
        _from[position] = from;
        _to[position] = to;
        return position;
    }

    private int AddForeign(string source)
    {
        _foreignSources ??= [];
        _foreignSourceIndex ??= new(StringComparer.Ordinal);
        if (!_foreignSourceIndex.TryGetValue(source, out var known))
        {
            known = _foreignSources.Count;
            _foreignSources.Add(source);
            _foreignSourceIndex[source] = known;
        }

        return known;
    }
}
