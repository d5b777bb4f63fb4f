using System.Collections;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// An immutable, indexed graph. Entities and relationships are addressed by position; relationships are held in
/// <see cref="RelationshipColumns"/> and become records only when read. Adjacency is kept per entity and direction
/// in compressed rows, sorted by type and then relationship id, so one hop reads only the relationships of the entity
/// and type asked for.
/// </summary>
public sealed class GraphSnapshot
{
    private readonly Entity[] _entities;
    private readonly IdIndex _entityIndex;
    private readonly RelationshipColumns _relationships;
    private readonly AdjacencyIndex _outgoing;
    private readonly AdjacencyIndex _incoming;
    private readonly Lazy<int[]> _byDegree;
    private readonly Lazy<IdIndex> _relationshipIndex;
    private readonly Recent?[] _recent;

    private GraphSnapshot(
        Entity[] entities, IdIndex entityIndex, RelationshipColumns relationships, AdjacencyIndex outgoing, AdjacencyIndex incoming,
        EntityOrder order, NameIndex names)
    {
        _entities = entities;
        _entityIndex = entityIndex;
        _relationships = relationships;
        _outgoing = outgoing;
        _incoming = incoming;
        Order = order;
        Names = names;
        _recent = new Recent?[RecentSlots(relationships.Count)];
        // Built on first use, like the name order.
        _byDegree = new Lazy<int[]>(() => EntityOrder.StableSort(order.AllById, Degree));
        // Only writes look relationships up by id: no index until the first one does.
        _relationshipIndex = new Lazy<IdIndex>(() => IndexIds(relationships));
    }

    public static GraphSnapshot Empty { get; } = new GraphBuilder().Build();

    public int EntityCount => _entities.Length;

    public int RelationshipCount => _relationships.Count;

    public EntityOrder Order { get; }

    public NameIndex Names { get; }

    public IReadOnlyList<Entity> Entities => _entities;

    /// <summary>Every relationship in load order, each built as it is read.</summary>
    public IReadOnlyList<Relationship> Relationships => new RecordList(this);

    /// <exception cref="InvalidOperationException">Two relationships share an id.</exception>
    internal static GraphSnapshot Create(Entity[] entities, IdIndex entityIndex, RelationshipColumns relationships)
    {
        // The entity-side indexes do not depend on the relationships: build them on the other core meanwhile.
        // So does the check for repeated ids, which only has to be done before the snapshot is handed out.
        var entitySide = Task.Run(() => (EntityOrder.Build(entities), NameIndex.Build(entities)));
        var idCheck = Task.Run(() => RefuseRepeatedIds(relationships));
        AdjacencyIndex outgoing, incoming;
        try
        {
            var incomingBuild = Task.Run(() => AdjacencyIndex.Build(entities.Length, relationships.To, relationships));
            outgoing = AdjacencyIndex.Build(entities.Length, relationships.From, relationships);
            incoming = incomingBuild.GetAwaiter().GetResult();
            idCheck.GetAwaiter().GetResult();
        }
        catch
        {
            Task.WaitAny(Task.WhenAll(entitySide, idCheck));
            throw;
        }

        var (order, names) = entitySide.GetAwaiter().GetResult();
        return new GraphSnapshot(entities, entityIndex, relationships, outgoing, incoming, order, names);
    }

    private static IdIndex IndexIds(RelationshipColumns relationships)
    {
        var index = new IdIndex(relationships.Ids, relationships.Count);
        for (var r = 0; r < relationships.Count; r++)
        {
            index.Add(r);
        }

        return index;
    }

    /// <summary>
    /// A new snapshot with these entities and relationships added, or put in place of those with their ids; this one
    /// is left as it is, so readers holding it go on undisturbed. An entity keeps its position, a relationship its
    /// place among the others.
    /// </summary>
    /// <exception cref="InvalidOperationException">A relationship's end is not an entity.</exception>
    internal GraphSnapshot With(IReadOnlyCollection<Entity> entities, IReadOnlyCollection<Relationship> relationships)
    {
        var changedEntities = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var builder = new GraphBuilder(EntityCount + changedEntities.Count, RelationshipCount + relationships.Count);
        foreach (var entity in _entities)
        {
            builder.AddEntity(changedEntities.Remove(entity.Id, out var changed) ? changed : entity);
        }

        foreach (var entity in entities.Where(e => changedEntities.ContainsKey(e.Id)))
        {
            builder.AddEntity(entity);
        }

        var replaced = new Dictionary<int, Relationship>();
        var added = new List<Relationship>();
        foreach (var relationship in relationships)
        {
            if (_relationshipIndex.Value.TryFind(System.Text.Encoding.UTF8.GetBytes(relationship.Id), out var position))
            {
                replaced[position] = relationship;
            }
            else
            {
                added.Add(relationship);
            }
        }

        builder.AddRelationships(_relationships.WithRecords(replaced));
        foreach (var relationship in added)
        {
            builder.AddRelationship(relationship);
        }

        return builder.Build();
    }

    /// <summary>The relationship with this id, or null.</summary>
    public Relationship? FindRelationship(string id) =>
        _relationshipIndex.Value.TryFind(System.Text.Encoding.UTF8.GetBytes(id), out var position) ? RelationshipAt(position) : null;

    private static void RefuseRepeatedIds(RelationshipColumns relationships)
    {
        var seen = new IdIndex(relationships.Ids, relationships.Count);
        for (var r = 0; r < relationships.Count; r++)
        {
            if (seen.Add(r) >= 0)
            {
                throw new InvalidOperationException($"A relationship with the id '{relationships.Ids.StringAt(r)}' was already added.");
            }
        }
    }

    public Entity? Find(string id) => _entityIndex.TryFind(id.AsSpan(), out var index) ? _entities[index] : null;

    public bool TryGetIndex(string id, out int index) => _entityIndex.TryFind(id.AsSpan(), out index);

    public Entity EntityAt(int index) => _entities[index];

    /// <summary>
    /// The relationship's record. Built from the columns when read, and kept in a small cache of the records read
    /// last, one slot per position modulo its size: walks read the relationships of hubs again and again, across
    /// requests too, and a hit costs no allocation, while the cache's memory stays bounded whatever the load.
    /// </summary>
    internal Relationship RelationshipAt(int relationship)
    {
        var slot = relationship & (_recent.Length - 1);
        if (_recent[slot] is { } kept && kept.Position == relationship)
        {
            return kept.Record;
        }

        var record = _relationships.RecordAt(relationship, _entities);
        _recent[slot] = new Recent(relationship, record);
        return record;
    }

    /// <summary>Whether the relationship holds on the date, read from its columns.</summary>
    internal bool HoldsOn(int relationship, DateOnly date) => _relationships.HoldsOn(relationship, date);

    /// <summary>Whether an answer shows it (see <see cref="Relationship.IsBelieved"/>), read from its columns.</summary>
    internal bool IsBelieved(int relationship, DateOnly? asOf) =>
        asOf is { } date ? _relationships.HoldsOn(relationship, date) : !_relationships.IsRetracted(relationship);

    /// <summary>Every position sorted by <see cref="Degree"/>, ties by id.</summary>
    internal ReadOnlySpan<int> ByDegree => _byDegree.Value;

    /// <summary>How many relationships the entity has, out and in.</summary>
    internal int Degree(int entity) => _outgoing.Degree(entity) + _incoming.Degree(entity);

    /// <summary>Compares two relationships' ids, as <see cref="string.CompareOrdinal(string, string)"/> would.</summary>
    internal int CompareIds(int first, int second) =>
        Utf8Ids.CompareOrdinal(_relationships.Ids[first], _relationships.Ids[second]);

    /// <summary>The entity at the far end of the relationship from <paramref name="entity"/> (itself for a loop).</summary>
    internal int OtherEnd(int relationship, int entity) =>
        _relationships.FromAt(relationship) == entity ? _relationships.ToAt(relationship) : _relationships.FromAt(relationship);

    /// <summary>
    /// Appends the positions of the entity's relationships in the direction and of the types asked for,
    /// in no particular order; a loop comes twice for <see cref="Direction.Both"/>.
    /// </summary>
    internal void AddRelationshipPositions(int entity, Direction direction, IReadOnlySet<RelationshipType>? types, List<int> positions)
    {
        if (direction != Direction.In)
        {
            AddRow(_outgoing, entity, types, positions);
        }

        if (direction != Direction.Out)
        {
            AddRow(_incoming, entity, types, positions);
        }
    }

    private static void AddRow(AdjacencyIndex index, int entity, IReadOnlySet<RelationshipType>? types, List<int> positions)
    {
        var row = index.Row(entity);
        if (types is not { Count: > 0 })
        {
            positions.AddRange(row);
            return;
        }

        var rowTypes = index.RowTypes(entity);
        for (var i = 0; i < row.Length; i++)
        {
            if (types.Contains((RelationshipType)rowTypes[i]))
            {
                positions.Add(row[i]);
            }
        }
    }

    /// <summary>
    /// The relationships of an entity in the given direction and of the given types (all when
    /// null or empty), in relationship-id order. A loop is returned once for <see cref="Direction.Both"/>.
    /// </summary>
    public IEnumerable<Relationship> RelationshipsOf(int entity, Direction direction, IReadOnlySet<RelationshipType>? types)
    {
        foreach (var position in OrderedPositions(entity, direction, types))
        {
            yield return RelationshipAt(position);
        }
    }

    /// <summary>The positions of what <see cref="RelationshipsOf"/> returns, in the same order, read lazily.</summary>
    internal IEnumerable<int> OrderedPositions(int entity, Direction direction, IReadOnlySet<RelationshipType>? types)
    {
        var wanted = types is { Count: > 0 } ? types : null;
        return direction switch
        {
            Direction.Out => Scan(_outgoing, entity, wanted),
            Direction.In => Scan(_incoming, entity, wanted),
            _ => Merge(entity, wanted),
        };
    }

    private static IEnumerable<int> Scan(AdjacencyIndex index, int entity, IReadOnlySet<RelationshipType>? types)
    {
        var (start, end) = index.Bounds(entity);
        for (var i = start; i < end; i++)
        {
            if (types is null || types.Contains(index.TypeAt(i)))
            {
                yield return index.PositionAt(i);
            }
        }
    }

    /// <summary>Both rows in one id order; a loop sits in both, and the merge puts its twins side by side, so it comes once.</summary>
    private IEnumerable<int> Merge(int entity, IReadOnlySet<RelationshipType>? types)
    {
        var (outAt, outEnd) = _outgoing.Bounds(entity);
        var (inAt, inEnd) = _incoming.Bounds(entity);
        var last = -1;
        while (true)
        {
            while (outAt < outEnd && types is not null && !types.Contains(_outgoing.TypeAt(outAt)))
            {
                outAt++;
            }

            while (inAt < inEnd && types is not null && !types.Contains(_incoming.TypeAt(inAt)))
            {
                inAt++;
            }

            int position;
            if (outAt < outEnd && (inAt >= inEnd || CompareIds(_outgoing.PositionAt(outAt), _incoming.PositionAt(inAt)) <= 0))
            {
                position = _outgoing.PositionAt(outAt++);
            }
            else if (inAt < inEnd)
            {
                position = _incoming.PositionAt(inAt++);
            }
            else
            {
                yield break;
            }

            if (position != last)
            {
                yield return position;
            }

            last = position;
        }
    }

    /// <summary>Its basis (<see cref="Relationship.Basis"/>), read from the record only when it has one; none for a bulk-loaded one.</summary>
    internal Basis? BasisOf(int relationship) => _relationships.HasRecord(relationship) ? RelationshipAt(relationship).Basis : null;

    internal RelationshipType TypeOf(int relationship) => _relationships.TypeAt(relationship);

    /// <summary>Enough slots for every relationship of a small graph, at most 2^16 (about 15 MB of records) for a large one.</summary>
    private static int RecentSlots(int relationships)
    {
        var slots = 16;
        while (slots < relationships && slots < 1 << 16)
        {
            slots *= 2;
        }

        return slots;
    }

    /// <summary>One object, so that a reader on another thread never sees a position beside another position's record.</summary>
    private sealed record Recent(int Position, Relationship Record);

    private sealed class RecordList(GraphSnapshot graph) : IReadOnlyList<Relationship>
    {
        public int Count => graph.RelationshipCount;

        public Relationship this[int index] =>
            (uint)index < (uint)Count ? graph.RelationshipAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<Relationship> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return graph.RelationshipAt(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
