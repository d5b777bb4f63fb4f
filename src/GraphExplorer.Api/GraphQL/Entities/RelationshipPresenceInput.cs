using GraphExplorer.Api.GraphQL.Relationships;
using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class RelationshipPresenceInput : InputObjectGraphType
{
    public RelationshipPresenceInput()
    {
        Name = "RelationshipPresence";
        Description = "A relationship an entity must have: its type, and its direction read from the entity.";
        Field<NonNullGraphType<RelationshipTypeEnum>>("type");
        Field<DirectionEnum>("direction").DefaultValue(Direction.Both);
    }
}
