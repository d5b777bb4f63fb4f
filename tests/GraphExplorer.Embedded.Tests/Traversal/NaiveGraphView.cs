using GraphExplorer.Core.Model;
using GraphExplorer.Core.Traversal;

namespace GraphExplorer.Embedded.Tests.Traversal;

/// <summary>A graph view that answers by scanning every relationship, independent of the store's indexes.</summary>
internal sealed class NaiveGraphView(IReadOnlyList<Entity> entities, IReadOnlyList<Relationship> relationships) : IGraphView
{
    public Entity? Find(string id) => entities.FirstOrDefault(e => e.Id == id);

    public IEnumerable<Relationship> RelationshipsOf(string id, Direction direction, IReadOnlySet<RelationshipType>? types) =>
        relationships
            .Where(r => types is null || types.Count == 0 || types.Contains(r.Type))
            .Where(r => direction switch
            {
                Direction.Out => r.FromId == id,
                Direction.In => r.ToId == id,
                _ => r.FromId == id || r.ToId == id,
            })
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
}
