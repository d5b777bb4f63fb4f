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
            .Description("Every entity (or every entity of one kind), ordered by id, a page at a time; or those `where` says, in the order `orderBy` says.")
            .Argument<EntityKindEnum>("kind")
            .Argument<EntityWhereInput>("where", a => a.Description = "Only entities that meet every condition given (with kind: of that kind too).")
            .Argument<EntityOrderInput>("orderBy", a => a.Description = "The order (default: by id).")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after", a => a.Description = "The endCursor of the previous page.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("ids", a => a.Description = "Only these entities (e.g. the neighbours of a node being expanded); unknown ids are left out.")
            .ResolveAsync(async c =>
            {
                var limits = c.Limits();
                var first = TraversalLimits.Check("first", c.GetArgument<int>("first"), 0, limits.MaxPageSize);
                var where = c.GetArgument<Dictionary<string, object?>?>("where");
                var orderBy = c.GetArgument<Dictionary<string, object?>?>("orderBy");
                if (where is not null || orderBy is not null)
                {
                    if (c.HasArgument("ids"))
                    {
                        throw new GraphQueryException(
                            ErrorCodes.BadUserInput, "Arguments 'ids' and 'where'/'orderBy' do not go together; ask for ids alone, or filter with where.");
                    }

                    return await FindAsync(c, Criteria(c, where, orderBy), first, limits).ConfigureAwait(false);
                }

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

    private static EntityCriteria Criteria(IResolveFieldContext c, Dictionary<string, object?>? where, Dictionary<string, object?>? orderBy)
    {
        var kinds = (where?.GetValueOrDefault("kinds") as IEnumerable<object?>)?.OfType<EntityKind>().ToHashSet() ?? [];
        if (c.GetArgument<EntityKind?>("kind") is { } kind)
        {
            if (kinds.Count > 0 && !kinds.Contains(kind))
            {
                throw new GraphQueryException(
                    ErrorCodes.BadUserInput, $"Argument 'kind' ({kind.ToLabel()}) is not among where.kinds; give the kinds in one place.");
            }

            kinds = [kind];
        }

        var text = (where?.GetValueOrDefault("text") as string)?.Trim();
        if (text?.Length > c.Limits().MaxSearchTextLength)
        {
            throw new GraphQueryException(
                ErrorCodes.LimitExceeded,
                $"where.text may be at most {c.Limits().MaxSearchTextLength} characters (the configured limit); it was {text.Length}.");
        }

        var having = where?.GetValueOrDefault("hasRelationship") is Dictionary<string, object?> presence
            ? new RelationshipPresence((RelationshipType)presence["type"]!, presence.GetValueOrDefault("direction") as Direction? ?? Direction.Both)
            : null;
        var sort = orderBy?.GetValueOrDefault("field") as EntitySort? ?? EntitySort.Id;
        var descending = orderBy?.GetValueOrDefault("direction") is OrderDirection.Desc;
        var offset = c.GetArgument<string?>("after") is { } after ? Cursors.DecodePosition(after) : 0;
        return new EntityCriteria(kinds.Count > 0 ? kinds : null, text is { Length: > 0 } ? text : null, having, sort, descending, offset);
    }

    /// <summary>A page of the entities the criteria pick; its cursors are positions in that order.</summary>
    private static async Task<EntityConnection> FindAsync(IResolveFieldContext c, EntityCriteria criteria, int first, TraversalLimits limits)
    {
        var withRelationships = RelationshipsLookahead.ReadInConnection(c, limits);
        var page = await c.Loaders().Store.ListEntitiesAsync(
            new EntityListQuery(null, first, null, withRelationships) { Criteria = criteria }, c.CancellationToken).ConfigureAwait(false);
        c.Loaders().Prime(page.Entities);
        c.Loaders().Prime(withRelationships, page.Relationships);
        var edges = page.Entities.Select((e, i) => new EntityEdge(Cursors.EncodePosition(criteria.Offset + i + 1), e)).ToList();
        return new EntityConnection(
            edges,
            new PageInfo(page.HasNextPage, criteria.Offset > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            page.TotalCount);
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
