using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class OrderDirectionEnum : EnumerationGraphType<OrderDirection>
{
    public OrderDirectionEnum()
    {
        Name = "OrderDirection";
    }
}
