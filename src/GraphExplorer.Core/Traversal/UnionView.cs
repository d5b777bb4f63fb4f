using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Traversal;

/// <summary>Two fetched parts of one graph seen as one: every entity and relationship either holds, once, in id order.</summary>
public sealed class UnionView(IGraphView first, IGraphView second) : IGraphView
{
    public Entity? Find(string id) => first.Find(id) ?? second.Find(id);

    public IEnumerable<Relationship> RelationshipsOf(string id, Direction direction, IReadOnlySet<RelationshipType>? types) =>
        first.RelationshipsOf(id, direction, types)
            .Concat(second.RelationshipsOf(id, direction, types))
            .DistinctBy(r => r.Id)
            .OrderBy(r => r.Id, StringComparer.Ordinal);
}
