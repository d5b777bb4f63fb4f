using GraphExplorer.Core.Model;
using GraphExplorer.Core.Traversal;
using GraphExplorer.Embedded.Storage;

namespace GraphExplorer.Embedded;

/// <summary>Lets the shared traversals walk a snapshot through its indexes.</summary>
internal sealed class SnapshotView(GraphSnapshot snapshot) : IGraphView
{
    public bool IsWholeGraph => true;

    public Entity? Find(string id) => snapshot.Find(id);

    public IEnumerable<Relationship> RelationshipsOf(string id, Direction direction, IReadOnlySet<RelationshipType>? types) =>
        snapshot.TryGetIndex(id, out var index) ? snapshot.RelationshipsOf(index, direction, types) : [];
}
