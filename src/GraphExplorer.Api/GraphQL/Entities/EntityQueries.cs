using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

public static class EntityQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<EntityInterface>("entity")
            .Description("One entity by id, or null when no entity has this id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.LoadEntity(Arguments.Id(c, "id")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("search")
            .Description("Entities whose name or an alias contains the text, ignoring case: exact matches first, then prefixes, then the rest; ties by name.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<EntityKindEnum>>>("kinds")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .ResolveAsync(async c =>
            {
                var limits = c.Limits();
                var text = c.GetArgument<string>("text").Trim();
                if (text.Length == 0)
                {
                    throw new GraphQueryException(ErrorCodes.BadUserInput, "Argument 'text' must contain something to search for.");
                }

                if (text.Length > limits.MaxSearchTextLength)
                {
                    throw new GraphQueryException(
                        ErrorCodes.LimitExceeded,
                        $"Argument 'text' may be at most {limits.MaxSearchTextLength} characters (the configured limit); it was {text.Length}.");
                }

                var first = TraversalLimits.Check("first", c.GetArgument<int>("first"), 0, limits.MaxPageSize);
                var kinds = Arguments.Kinds(c);
                var withRelationships = RelationshipsLookahead.Read(c, limits);
                var found = await c.Loaders().Store.SearchAsync(
                    new SearchQuery(text, kinds, first, withRelationships), c.CancellationToken).ConfigureAwait(false);
                c.Loaders().Prime(found);
                c.Loaders().Prime(withRelationships, found.Relationships);
                return found;
            });

        query.Field<NonNullGraphType<EntityConnectionType>>("entities")
            .Description("Every entity (or every entity of one kind), ordered by id, a page at a time.")
            .Argument<EntityKindEnum>("kind")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after", a => a.Description = "The endCursor of the previous page.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("ids", a => a.Description = "Only these entities (e.g. the neighbours of a node being expanded); unknown ids are left out.")
            .ResolveAsync(async c =>
            {
                var limits = c.Limits();
                var first = TraversalLimits.Check("first", c.GetArgument<int>("first"), 0, limits.MaxPageSize);
                var afterId = c.GetArgument<string?>("after") is { } after ? DecodeCursor(after) : null;
                if (c.GetArgument<List<string>?>("ids") is { } ids)
                {
                    return await ByIdsAsync(c, ids, c.GetArgument<EntityKind?>("kind"), first, afterId, limits).ConfigureAwait(false);
                }

                var withRelationships = RelationshipsLookahead.ReadInConnection(c, limits);
                var page = await c.Loaders().Store.ListEntitiesAsync(
                    new EntityListQuery(c.GetArgument<EntityKind?>("kind"), first, afterId, withRelationships), c.CancellationToken).ConfigureAwait(false);
                c.Loaders().Prime(page.Entities);
                c.Loaders().Prime(withRelationships, page.Relationships);
                return new EntityConnection(
                    page.Entities.Select(e => new EntityEdge(EncodeCursor(e.Id), e)).ToList(),
                    new PageInfo(page.HasNextPage, afterId is not null,
                        page.Entities.Count > 0 ? EncodeCursor(page.Entities[0].Id) : null,
                        page.Entities.Count > 0 ? EncodeCursor(page.Entities[^1].Id) : null),
                    page.TotalCount);
            });
    }

    /// <summary>The asked entities that exist (of the kind, when given), as a page in id order like any other.</summary>
    private static async Task<EntityConnection> ByIdsAsync(
        IResolveFieldContext c, List<string> ids, EntityKind? kind, int first, string? afterId, TraversalLimits limits)
    {
        TraversalLimits.Check("ids", ids.Count, 0, limits.MaxPageSize);
        var found = await c.Loaders().Store.GetEntitiesAsync(ids, c.CancellationToken).ConfigureAwait(false);
        var all = found.Values.Where(e => kind is null || e.Kind == kind).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var rest = all.Where(e => afterId is null || string.CompareOrdinal(e.Id, afterId) > 0).ToList();
        var page = rest.Take(first).ToList();
        c.Loaders().Prime(page);
        return new EntityConnection(
            page.Select(e => new EntityEdge(EncodeCursor(e.Id), e)).ToList(),
            new PageInfo(rest.Count > page.Count, afterId is not null,
                page.Count > 0 ? EncodeCursor(page[0].Id) : null,
                page.Count > 0 ? EncodeCursor(page[^1].Id) : null),
            all.Count);
    }

    private static string EncodeCursor(string id) => Cursors.Encode(Cursors.Entity, id);

    private static string DecodeCursor(string cursor) => Cursors.Decode(Cursors.Entity, cursor);
}
