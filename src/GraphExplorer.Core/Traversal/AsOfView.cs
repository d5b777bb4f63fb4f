using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// A graph as it was believed on one date (only the relationships that hold on it, <see cref="Relationship.HoldsOn"/>),
/// or, without a date, as it is believed now: every relationship but the retracted ones.
/// </summary>
public sealed class AsOfView(IGraphView graph, DateOnly? date) : IGraphView
{
    public Entity? Find(string id) => graph.Find(id);

    public IEnumerable<Relationship> RelationshipsOf(string id, Direction direction, IReadOnlySet<RelationshipType>? types) =>
        graph.RelationshipsOf(id, direction, types).Where(r => r.IsBelieved(date));

    /// <summary>The graph as of <paramref name="date"/>, or as it is believed now when there is none.</summary>
    public static IGraphView Of(IGraphView graph, DateOnly? date) => new AsOfView(graph, date);
}
