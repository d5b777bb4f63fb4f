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
    private readonly AdjacencyIndex _outgoing;
    private readonly AdjacencyIndex _incoming;

    private GraphSnapshot(
        Entity[] entities, Dictionary<string, int> entityIndex, Relationship[] relationships,
        AdjacencyIndex outgoing, AdjacencyIndex incoming, EntityOrder order, NameIndex names)
    {
        _entities = entities;
        _entityIndex = entityIndex;
        _relationships = relationships;
        _outgoing = outgoing;
        _incoming = incoming;
        Order = order;
        Names = names;
    }

    public static GraphSnapshot Empty { get; } = new GraphBuilder().Build();

    public int EntityCount => _entities.Length;

    public int RelationshipCount => _relationships.Length;

    public EntityOrder Order { get; }

    public NameIndex Names { get; }

    public IReadOnlyList<Entity> Entities => _entities;

    public IReadOnlyList<Relationship> Relationships => _relationships;

    internal static GraphSnapshot Create(Entity[] entities, Dictionary<string, int> entityIndex, Relationship[] relationships)
    {
        var from = new int[relationships.Length];
        var to = new int[relationships.Length];
        for (var i = 0; i < relationships.Length; i++)
        {
            from[i] = entityIndex[relationships[i].FromId];
            to[i] = entityIndex[relationships[i].ToId];
        }

        var outgoing = AdjacencyIndex.Build(entities.Length, from, relationships);
        var incoming = AdjacencyIndex.Build(entities.Length, to, relationships);
        return new GraphSnapshot(
            entities, entityIndex, relationships, outgoing, incoming, EntityOrder.Build(entities), NameIndex.Build(entities));
    }

    public Entity? Find(string id) => _entityIndex.TryGetValue(id, out var index) ? _entities[index] : null;

    public bool TryGetIndex(string id, out int index) => _entityIndex.TryGetValue(id, out index);

    public Entity EntityAt(int index) => _entities[index];

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

                if (best < 0 || string.CompareOrdinal(
                        _relationships[ranges[k].Rows[cursors[k]]].Id,
                        _relationships[ranges[best].Rows[cursors[best]]].Id) < 0)
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
