using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Relationships;
using GraphExplorer.Core.Store;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

public sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "A walk through the graph: nodes[i] and nodes[i+1] are the ends of relationships[i], whichever way it points.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of relationships.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipObjectType>>>>("relationships").Resolve(c => c.Source.Relationships);
    }
}
