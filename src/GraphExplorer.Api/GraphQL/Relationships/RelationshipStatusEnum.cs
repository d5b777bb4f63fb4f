using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Relationships;

public sealed class RelationshipStatusEnum : EnumerationGraphType<RelationshipStatus>
{
    public RelationshipStatusEnum()
    {
        Name = "RelationshipStatus";
        Description = "Where a relationship stands on a date.";
        Values["PLANNED"]!.Description = "Not yet: it starts later, or the source reports it as planned.";
        Values["IN_FORCE"]!.Description = "It holds.";
        Values["ENDED"]!.Description = "It held until a date before the one asked about.";
    }
}
