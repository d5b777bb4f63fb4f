using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Core.Store;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

public sealed class RegulationExposureType : ObjectGraphType<RegulationExposure>
{
    public RegulationExposureType()
    {
        Name = "RegulationExposure";
        Description = "One regulation or regulator and every way it reaches the entity.";
        Field<NonNullGraphType<EntityInterface>>("by").Description("The regulation or regulator.").Resolve(c => c.Source.By);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExposureChannelEnum>>>>("channels").Resolve(c => c.Source.Channels);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExposureType>>>>("exposures")
            .Description("Each thing it restricts or regulates on the way, with its explanation.")
            .Resolve(c => c.Source.Exposures);
    }
}
