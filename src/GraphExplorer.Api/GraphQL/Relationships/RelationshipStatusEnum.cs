using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Relationships;

public sealed class RelationshipStatusEnum : EnumerationGraphType
{
    public const string Planned = "PLANNED";
    public const string InForce = "IN_FORCE";
    public const string Ended = "ENDED";

    public RelationshipStatusEnum()
    {
        Name = "RelationshipStatus";
        Description = "Whether a relationship holds on a date.";
        Add(Planned, Planned, "Not yet: it starts later, or the source reports it as planned.");
        Add(InForce, InForce, "It holds.");
        Add(Ended, Ended, "It held until a date that has passed.");
    }

    public static string Of(Relationship relationship, DateOnly date) =>
        relationship.ValidTo < date ? Ended
        : relationship.ValidFrom > date || relationship.Properties.GetValueOrDefault("status") is "planned" ? Planned
        : InForce;
}
