using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Relationships;
using GraphExplorer.Core.Store;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

public sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "A piece of the graph ready to draw: nodes, the edges between them, and whether a limit cut it short.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipObjectType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the limit left entities out.").Resolve(c => c.Source.Truncated);
    }
}
