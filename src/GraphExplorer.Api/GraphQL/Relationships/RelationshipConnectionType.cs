using GraphExplorer.Api.GraphQL.Entities;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Relationships;

public sealed class RelationshipConnectionType : ObjectGraphType<RelationshipConnection>
{
    public RelationshipConnectionType()
    {
        Name = "RelationshipConnection";
        Description = "An entity's relationships a page at a time, in relationship-id order (Relay connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipObjectType>>>>("nodes").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many relationships match, over all pages.").Resolve(c => c.Source.TotalCount);
    }
}
