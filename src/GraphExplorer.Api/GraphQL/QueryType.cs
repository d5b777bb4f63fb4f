using GraphExplorer.Api.GraphQL.Documents;
using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Traversals;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        EntityQueries.AddTo(this);
        TraversalQueries.AddTo(this);
        DocumentQueries.AddTo(this);
        Writes.HistoryQueries.AddTo(this);
    }
}
