using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests.Model;

public class NamingTests
{
    [Theory]
    [InlineData(RelationshipType.Owns, "OWNS")]
    [InlineData(RelationshipType.InternationalVersionOf, "INTERNATIONAL_VERSION_OF")]
    [InlineData(RelationshipType.LeasesFrom, "LEASES_FROM")]
    [InlineData(RelationshipType.ContributedTo, "CONTRIBUTED_TO")]
    public void Relationship_types_have_their_Cypher_spelling(RelationshipType type, string cypher)
    {
        type.ToCypher().ShouldBe(cypher);
        RelationshipTypes.TryParseCypher(cypher, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(type);
    }

    [Fact]
    public void Every_type_and_kind_round_trips()
    {
        foreach (var type in RelationshipTypes.All)
        {
            RelationshipTypes.TryParseCypher(type.ToCypher(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(type);
        }

        foreach (var kind in EntityKinds.All)
        {
            EntityKinds.TryParseLabel(kind.ToLabel(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(kind);
        }

        RelationshipTypes.TryParseCypher("owns", out _).ShouldBeFalse();
        EntityKinds.TryParseLabel("Entity", out _).ShouldBeFalse();
    }
}
