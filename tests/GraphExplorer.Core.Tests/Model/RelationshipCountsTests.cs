using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Tests.Model;

public sealed class RelationshipCountsTests
{
    private static Relationship Of(RelationshipType type) =>
        new("r", type, "a", "b", null, null, null, null, null, new Dictionary<string, object?>());

    [Fact]
    public void Counts_come_out_before_in_then_by_type_and_leave_out_zeros()
    {
        var ordered = RelationshipCounts.Ordered([
            new RelationshipCount(RelationshipType.Supplies, Direction.In, 2),
            new RelationshipCount(RelationshipType.Owns, Direction.In, 1),
            new RelationshipCount(RelationshipType.Mentions, Direction.Out, 0),
            new RelationshipCount(RelationshipType.Develops, Direction.Out, 3),
            new RelationshipCount(RelationshipType.Owns, Direction.Out, 4),
        ]);

        ordered.ShouldBe([
            new RelationshipCount(RelationshipType.Owns, Direction.Out, 4),
            new RelationshipCount(RelationshipType.Develops, Direction.Out, 3),
            new RelationshipCount(RelationshipType.Owns, Direction.In, 1),
            new RelationshipCount(RelationshipType.Supplies, Direction.In, 2),
        ]);
    }

    [Fact]
    public void Counting_relationships_gives_the_same_order()
    {
        var counts = RelationshipCounts.Of(
            [Of(RelationshipType.Develops), Of(RelationshipType.Owns), Of(RelationshipType.Develops)],
            [Of(RelationshipType.Supplies)]);

        counts.ShouldBe([
            new RelationshipCount(RelationshipType.Owns, Direction.Out, 1),
            new RelationshipCount(RelationshipType.Develops, Direction.Out, 2),
            new RelationshipCount(RelationshipType.Supplies, Direction.In, 1),
        ]);
    }
}
