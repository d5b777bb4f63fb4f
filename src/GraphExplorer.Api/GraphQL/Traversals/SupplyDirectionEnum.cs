using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

public sealed class SupplyDirectionEnum : EnumerationGraphType<SupplyDirection>
{
    public SupplyDirectionEnum()
    {
        Name = "SupplyDirection";
        Description = "UPSTREAM follows suppliers; DOWNSTREAM follows customers.";
    }
}
