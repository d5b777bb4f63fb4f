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
                var limits = c.Limits();
                var withRelationships = RelationshipsLookahead.Read(c, limits);
                var page = await c.Loaders().Store.ListEntitiesAsync(
                    new EntityListQuery(EntityKind.Document, limits.MaxPageSize, null, withRelationships), c.CancellationToken).ConfigureAwait(false);
                c.Loaders().Prime(page.Entities);
                c.Loaders().Prime(withRelationships, page.Relationships);
                return page.Entities;
            });
        query.Field<DocumentType>("document")
            .Description("One source document, or null when no document has this id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.LoadEntity(Arguments.Id(c, "id"))
                .Then((found, _) => Task.FromResult(found?.Kind == EntityKind.Document ? found : null)));
    }
}
