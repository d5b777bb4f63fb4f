using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Relationships;
using GraphExplorer.Core.Store;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

public sealed class CommonNeighborType : ObjectGraphType<CommonNeighbor>
{
    public CommonNeighborType()
    {
        Name = "CommonNeighbor";
        Description = "An entity connected to every one of the asked entities, and the relationships that connect it to them.";
        Field<NonNullGraphType<EntityInterface>>("neighbor").Resolve(c => c.Source.Neighbor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipObjectType>>>>("relationships")
            .Description("The relationships between this entity and the asked ones, in id order.")
            .Resolve(c => c.Source.Relationships);
    }
}
