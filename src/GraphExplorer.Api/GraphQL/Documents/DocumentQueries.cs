using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Documents;

public static class DocumentQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Description("Every source document, ordered by id.")
            .ResolveAsync(async c =>
            {
                var page = await c.Loaders().Store.ListEntitiesAsync(
                    new EntityListQuery(EntityKind.Document, c.Limits().MaxPageSize, null), c.CancellationToken).ConfigureAwait(false);
                c.Loaders().Prime(page.Entities);
                return page.Entities;
            });
        query.Field<DocumentType>("document")
            .Description("One source document, or null when no document has this id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Entity(Arguments.Id(c, "id"))
                .Then((entity, _) => Task.FromResult(entity?.Kind == EntityKind.Document ? entity : null)));
    }
}
