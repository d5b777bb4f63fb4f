using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>The one order counts come in, for both stores: out before in, then types in enum order.</summary>
public static class RelationshipCounts
{
    public static IReadOnlyList<RelationshipCount> Of(IEnumerable<Relationship> outgoing, IEnumerable<Relationship> incoming) =>
        [.. Count(outgoing, Direction.Out), .. Count(incoming, Direction.In)];

    public static IReadOnlyList<RelationshipCount> Ordered(IEnumerable<RelationshipCount> counts) =>
        [.. counts.Where(c => c.Count > 0).OrderBy(c => c.Direction == Direction.Out ? 0 : 1).ThenBy(c => c.Type)];

    private static IEnumerable<RelationshipCount> Count(IEnumerable<Relationship> relationships, Direction direction) =>
        relationships.GroupBy(r => r.Type).OrderBy(g => g.Key).Select(g => new RelationshipCount(g.Key, direction, g.Count()));
}
