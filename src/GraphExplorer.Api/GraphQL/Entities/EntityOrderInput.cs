using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class EntityOrderInput : InputObjectGraphType
{
    public EntityOrderInput()
    {
        Name = "EntityOrder";
        Description = "How a list of entities is ordered; ties go by id, and DESC reverses the whole order.";
        Field<NonNullGraphType<EntityOrderFieldEnum>>("field");
        Field<OrderDirectionEnum>("direction").DefaultValue(OrderDirection.Asc);
    }
}
