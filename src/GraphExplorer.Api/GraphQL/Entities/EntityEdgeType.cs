using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class EntityEdgeType : ObjectGraphType<EntityEdge>
{
    public EntityEdgeType()
    {
        Name = "EntityEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<EntityInterface>>("node").Resolve(c => c.Source.Node);
    }
}
