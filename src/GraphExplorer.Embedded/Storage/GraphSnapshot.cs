using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// An immutable, indexed graph. Entities and relationships are addressed by position;
/// adjacency is kept per entity and direction in compressed rows, sorted by type and then
/// relationship id, so one hop reads only the relationships of the entity and type asked for.
/// </summary>
public sealed class GraphSnapshot
{
    private readonly Entity[] _entities;
    private readonly Dictionary<string, int> _entityIndex;
    private readonly Relationship[] _relationships;
    private readonly int[] _from;
    private readonly int[] _to;
    private readonly int[] _rank;
    private readonly AdjacencyIndex _outgoing;
    private readonly AdjacencyIndex _incoming;
    private readonly Lazy<int[]> _byDegree;

    private GraphSnapshot(
        Entity[] entities, Dictionary<string, int> entityIndex, Relationship[] relationships, int[] from, int[] to,
        int[] rank, AdjacencyIndex outgoing, AdjacencyIndex incoming, EntityOrder order, NameIndex names)
    {
        _entities = entities;
        _entityIndex = entityIndex;
        _relationships = relationships;
        _from = from;
        _to = to;
        _rank = rank;
        _outgoing = outgoing;
        _incoming = incoming;
        Order = order;
        Names = names;
        // Built on first use, like the name order.
        _byDegree = new Lazy<int[]>(() => EntityOrder.StableSort(order.AllById, Degree));
    }

    public static GraphSnapshot Empty { get; } = new GraphBuilder().Build();

    public int EntityCount => _entities.Length;

    public int RelationshipCount => _relationships.Length;

    public EntityOrder Order { get; }

    public NameIndex Names { get; }

    public IReadOnlyList<Entity> Entities => _entities;

    public IReadOnlyList<Relationship> Relationships => _relationships;

    internal static GraphSnapshot Create(
        Entity[] entities, Dictionary<string, int> entityIndex, Relationship[] relationships, int[] from, int[] to)
    {
        // The entity-side indexes do not depend on the relationships: build them on the other core meanwhile.
        var entitySide = Task.Run(() => (EntityOrder.Build(entities), NameIndex.Build(entities)));
        int[] byId;
        try
        {
            byId = RelationshipIdOrder.Sort(relationships);
        }
        catch
        {
            entitySide.Wait();
            throw;
        }

        var rank = new int[relationships.Length];
        for (var i = 0; i < byId.Length; i++)
        {
            rank[byId[i]] = i;
        }

        var byTypeThenId = StableByType(byId, relationships);
        var outgoing = AdjacencyIndex.Build(entities.Length, from, byTypeThenId, relationships);
        var incoming = AdjacencyIndex.Build(entities.Length, to, byTypeThenId, relationships);
        var (order, names) = entitySide.GetAwaiter().GetResult();
        return new GraphSnapshot(entities, entityIndex, relationships, from, to, rank, outgoing, incoming, order, names);
    }

    private static int[] StableByType(int[] byId, Relationship[] relationships)
    {
        var starts = new int[Enum.GetValues<RelationshipType>().Max(t => (int)t) + 2];
        foreach (var relationship in relationships)
        {
            starts[(int)relationship.Type + 1]++;
        }

        for (var t = 1; t < starts.Length; t++)
        {
            starts[t] += starts[t - 1];
        }

        var sorted = new int[byId.Length];
        foreach (var r in byId)
        {
            sorted[starts[(int)relationships[r].Type]++] = r;
        }

        return sorted;
    }

    public Entity? Find(string id) => _entityIndex.TryGetValue(id, out var index) ? _entities[index] : null;

    public bool TryGetIndex(string id, out int index) => _entityIndex.TryGetValue(id, out index);

    public Entity EntityAt(int index) => _entities[index];

    internal Relationship RelationshipAt(int relationship) => _relationships[relationship];

    /// <summary>Every position sorted by <see cref="Degree"/>, ties by id.</summary>
    internal ReadOnlySpan<int> ByDegree => _byDegree.Value;

    /// <summary>How many relationships the entity has, out and in.</summary>
    internal int Degree(int entity) => _outgoing.Degree(entity) + _incoming.Degree(entity);

    /// <summary>The position of the relationship in id order: comparing ranks compares ids.</summary>
    internal int RankOf(int relationship) => _rank[relationship];

    /// <summary>The entity at the far end of the relationship from <paramref name="entity"/> (itself for a loop).</summary>
    internal int OtherEnd(int relationship, int entity) => _from[relationship] == entity ? _to[relationship] : _from[relationship];

    /// <summary>
    /// Appends the positions of the entity's relationships in the direction and of the types asked for,
    /// in no particular order; a loop comes twice for <see cref="Direction.Both"/>.
    /// </summary>
    internal void AddRelationshipPositions(
        int entity, Direction direction, IReadOnlySet<RelationshipType>? types, List<(int[] Rows, int Start, int End)> scratch, List<int> positions)
    {
        scratch.Clear();
        if (direction != Direction.In)
        {
            _outgoing.AddRanges(entity, types, scratch);
        }

        if (direction != Direction.Out)
        {
            _incoming.AddRanges(entity, types, scratch);
        }

        foreach (var (rows, start, end) in scratch)
        {
            for (var i = start; i < end; i++)
            {
                positions.Add(rows[i]);
            }
        }
    }

    /// <summary>
    /// The relationships of an entity in the given direction and of the given types (all when
    /// null or empty), in relationship-id order. A loop is returned once for <see cref="Direction.Both"/>.
    /// </summary>
    public IEnumerable<Relationship> RelationshipsOf(int entity, Direction direction, IReadOnlySet<RelationshipType>? types)
    {
        var ranges = new List<(int[] Rows, int Start, int End)>(4);
        if (direction != Direction.In)
        {
            _outgoing.AddRanges(entity, types, ranges);
        }

        if (direction != Direction.Out)
        {
            _incoming.AddRanges(entity, types, ranges);
        }

        return ranges.Count switch
        {
            0 => [],
            1 => Single(ranges[0]),
            _ => Merge(ranges, direction == Direction.Both),
        };
    }

    private IEnumerable<Relationship> Single((int[] Rows, int Start, int End) range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            yield return _relationships[range.Rows[i]];
        }
    }

    private IEnumerable<Relationship> Merge(List<(int[] Rows, int Start, int End)> ranges, bool dropLoopTwins)
    {
        var cursors = ranges.Select(r => r.Start).ToArray();
        Relationship? last = null;
        while (true)
        {
            var best = -1;
            for (var k = 0; k < ranges.Count; k++)
            {
                if (cursors[k] >= ranges[k].End)
                {
                    continue;
                }

                if (best < 0 || _rank[ranges[k].Rows[cursors[k]]] < _rank[ranges[best].Rows[cursors[best]]])
                {
                    best = k;
                }
            }

            if (best < 0)
            {
                yield break;
            }

            var relationship = _relationships[ranges[best].Rows[cursors[best]]];
            cursors[best]++;
            // A loop sits in both the outgoing and the incoming row; the merge puts its twins side by side.
            if (!(dropLoopTwins && ReferenceEquals(relationship, last)))
            {
                yield return relationship;
            }

            last = relationship;
        }
    }
}
