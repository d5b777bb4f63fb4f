using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class EntityConnectionType : ObjectGraphType<EntityConnection>
{
    public EntityConnectionType()
    {
        Name = "EntityConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many entities match, over all pages.").Resolve(c => c.Source.TotalCount);
    }
}
