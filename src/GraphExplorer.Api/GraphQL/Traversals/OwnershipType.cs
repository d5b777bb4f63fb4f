using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Core.Store;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

public sealed class OwnershipType : ObjectGraphType<Ownership>
{
    public OwnershipType()
    {
        Name = "Ownership";
        Description = "An owner of the entity, directly or through a chain of OWNS relationships.";
        Field<NonNullGraphType<EntityInterface>>("owner").Resolve(c => c.Source.Owner);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("1 for a direct owner.").Resolve(c => c.Source.Depth);
        Field<NonNullGraphType<BooleanGraphType>>("direct").Resolve(c => c.Source.IsDirect);
        Field<NonNullGraphType<BooleanGraphType>>("ultimate").Description("True when nobody owns the owner.").Resolve(c => c.Source.IsUltimate);
        Field<FloatGraphType>("effectivePercentage")
            .Description("The product of the percentages along the chain; null when one of them is unknown.")
            .Resolve(c => c.Source.EffectivePercentage);
        Field<NonNullGraphType<PathType>>("chain").Description("From the owner down to the entity.").Resolve(c => c.Source.Chain);
    }
}
