using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Core.Store;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

public sealed class ExposureType : ObjectGraphType<Exposure>
{
    public ExposureType()
    {
        Name = "Exposure";
        Description = "A regulation or regulator that reaches the entity, and the path that explains how.";
        Field<NonNullGraphType<EntityInterface>>("by").Description("The regulation or regulator.").Resolve(c => c.Source.By);
        Field<NonNullGraphType<EntityInterface>>("through").Description("What it restricts or regulates.").Resolve(c => c.Source.Through);
        Field<NonNullGraphType<ExposureChannelEnum>>("channel").Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<PathType>>("path").Description("From the entity to the regulation or regulator.").Resolve(c => c.Source.Path);
    }
}
