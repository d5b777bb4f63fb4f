using GraphExplorer.Core.Model;
using GraphExplorer.Core.Traversal;

namespace GraphExplorer.Neo4j.Store;

/// <summary>
/// A subgraph fetched from Neo4j, seen through <see cref="IGraphView"/> so the shared traversals
/// walk it exactly as they walk the embedded store: relationships per entity in id order, a loop
/// once. Each query fetches every relationship its traversal can ask for, so the walk sees what
/// it would see in the whole graph.
/// </summary>
internal sealed class FetchedGraph : IGraphView
{
    private readonly IReadOnlyDictionary<string, Entity> _entities;
    private readonly Dictionary<string, List<Relationship>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Relationship>> _incoming = new(StringComparer.Ordinal);

    public FetchedGraph(IReadOnlyDictionary<string, Entity> entities, IEnumerable<Relationship> relationships)
    {
        _entities = entities;
        foreach (var relationship in relationships.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            Row(_outgoing, relationship.FromId).Add(relationship);
            Row(_incoming, relationship.ToId).Add(relationship);
        }
    }

    public Entity? Find(string id) => _entities.GetValueOrDefault(id);

    public IEnumerable<Relationship> RelationshipsOf(string id, Direction direction, IReadOnlySet<RelationshipType>? types)
    {
        IEnumerable<Relationship> rows = direction switch
        {
            Direction.Out => _outgoing.GetValueOrDefault(id) ?? [],
            Direction.In => _incoming.GetValueOrDefault(id) ?? [],
            _ => (_outgoing.GetValueOrDefault(id) ?? []).Concat(_incoming.GetValueOrDefault(id) ?? [])
                .Distinct()
                .OrderBy(r => r.Id, StringComparer.Ordinal),
        };
        return types is null || types.Count == 0 ? rows : rows.Where(r => types.Contains(r.Type));
    }

    private static List<Relationship> Row(Dictionary<string, List<Relationship>> rows, string id)
    {
        if (!rows.TryGetValue(id, out var row))
        {
            row = [];
            rows[id] = row;
        }

        return row;
    }
}
