using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Relationships;
using GraphExplorer.Core.Store;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

public sealed class SupplyTierType : ObjectGraphType<SupplyTier>
{
    public SupplyTierType()
    {
        Name = "SupplyTier";
        Field<NonNullGraphType<IntGraphType>>("tier").Description("1 for direct suppliers (or customers), 2 for theirs, …").Resolve(c => c.Source.Tier);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("entities").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipObjectType>>>>("relationships")
            .Description("Every SUPPLIES relationship that reaches this tier from the one before or from within this tier: every route, none dropped.")
            .Resolve(c => c.Source.Relationships);
    }
}
