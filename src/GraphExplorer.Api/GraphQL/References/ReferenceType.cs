using GraphExplorer.Api.GraphQL.Entities;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.References;

public sealed class ReferenceType : ObjectGraphType<Reference>
{
    public ReferenceType()
    {
        Name = "Reference";
        Description = "A property whose value names another entity (a cited document, a chip's family, what an order postpones, what is supplied), resolved.";
        Field<NonNullGraphType<StringGraphType>>("property").Description("The property's name, e.g. family, postpones, citedSource, items.")
            .Resolve(c => c.Source.Property);
        Field<NonNullGraphType<EntityInterface>>("entity").Resolve(c => c.Source.Entity);
    }
}
