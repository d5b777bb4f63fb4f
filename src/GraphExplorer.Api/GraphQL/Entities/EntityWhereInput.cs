using GraphExplorer.Api.GraphQL.Relationships;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class EntityWhereInput : InputObjectGraphType
{
    public EntityWhereInput()
    {
        Name = "EntityWhere";
        Description = "Which entities a list holds; every condition given must hold.";
        Field<ListGraphType<NonNullGraphType<EntityKindEnum>>>("kinds").Description("Of one of these kinds.");
        Field<StringGraphType>("text").Description("Whose name or an alias contains this text, ignoring case.");
        Field<RelationshipPresenceInput>("hasRelationship").Description("That have at least one such relationship (of any date).");
    }
}
