using GraphExplorer.Core.Model;
using GraphExplorer.Core.Traversal;
using GraphExplorer.Embedded.Storage;

namespace GraphExplorer.Embedded;

/// <summary>Lets the shared traversals walk a snapshot through its indexes, by record or, where a walk can, by position.</summary>
internal sealed class SnapshotView(GraphSnapshot snapshot) : IWalkableView
{
    public bool IsWholeGraph => true;

    public Entity? Find(string id) => snapshot.Find(id);

    public IEnumerable<Relationship> RelationshipsOf(string id, Direction direction, IReadOnlySet<RelationshipType>? types) =>
        snapshot.TryGetIndex(id, out var index) ? snapshot.RelationshipsOf(index, direction, types) : [];

    public TResult Walk<TResult>(IWalk<TResult> walk, IReadOnlySet<RelationshipType>? types, DateOnly? asOf, IReadOnlySet<Basis>? bases) =>
        walk.Run<SnapshotWalkGraph, int, int>(new SnapshotWalkGraph(snapshot, types, asOf, bases));
}
