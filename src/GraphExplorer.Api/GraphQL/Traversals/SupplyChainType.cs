using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Core.Store;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

public sealed class SupplyChainType : ObjectGraphType<SupplyChain>
{
    public SupplyChainType()
    {
        Name = "SupplyChain";
        Field<NonNullGraphType<EntityInterface>>("root").Resolve(c => c.Source.Root);
        Field<NonNullGraphType<SupplyDirectionEnum>>("direction").Resolve(c => c.Source.Direction);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplyTierType>>>>("tiers").Resolve(c => c.Source.Tiers);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the entity limit left suppliers out.").Resolve(c => c.Source.Truncated);
    }
}
