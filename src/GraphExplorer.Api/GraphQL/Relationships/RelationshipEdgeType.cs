using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Relationships;

public sealed class RelationshipEdgeType : ObjectGraphType<RelationshipEdge>
{
    public RelationshipEdgeType()
    {
        Name = "RelationshipEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<RelationshipObjectType>>("node").Resolve(c => c.Source.Node);
    }
}
