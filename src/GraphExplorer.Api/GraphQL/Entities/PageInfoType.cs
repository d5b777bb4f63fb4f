using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}
