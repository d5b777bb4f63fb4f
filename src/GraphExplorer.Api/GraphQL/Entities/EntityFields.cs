using GraphExplorer.Api.GraphQL.Documents;
using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Api.GraphQL.Provenance;
using GraphExplorer.Api.GraphQL.References;
using GraphExplorer.Api.GraphQL.Relationships;
using GraphExplorer.Api.GraphQL.Scalars;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

/// <summary>The fields of the <c>Entity</c> interface, added to the interface and to every kind's object type alike.</summary>
public static class EntityFields
{
    public const string StatusDescription =
        "Instead of what holds on asOf: what was reported by then and stands in one of these on that date, e.g. [ENDED] for routes that closed.";

    public static void AddTo(ObjectGraphType<Entity> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("A stable readable slug, e.g. bytedance.").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<EntityKindEnum>>("kind").Resolve(c => c.Source.Kind);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names, including spellings the sources use.")
            .Resolve(c => c.Source.Aliases);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AliasType>>>>("aliasDetails")
            .Description("The aliases, each with how it is known: a spelling the document uses is STATED; one it implies or that comes from elsewhere says why.")
            .Resolve(c => Core.Model.Provenance.AliasBases(c.Source)
                .Select(a => new AliasDetail(a.Alias, a.Basis, a.Basis == Basis.Stated ? null : c.Source.Properties.GetValueOrDefault(Core.Model.Provenance.AliasesBasisNote) as string)));
        type.Field<StringGraphType>("description").Description("One sentence in our words; propertyBases says when it is not all from the document.").Resolve(c => c.Source.Description);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyBasisType>>>>("propertyBases")
            .Description("The properties the document does not state (the name, the description or another), each IMPLIED or OUTSIDE with why; every other property is stated.")
            .Resolve(c => Core.Model.Provenance.PropertyBases(c.Source.Properties));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatedPropertyType>>>>("dates")
            .Description("Every date among its properties, each with its precision and the period it stands for.")
            .Resolve(c => Core.Model.Provenance.Dates(c.Source.Properties));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureType>>>>("figures")
            .Description("The figures the sources give, typed: amount, unit, qualifier, year, the document that states each and the report it cites.")
            .Resolve(c => Figure.Of(c.Source.Properties));
        type.Field<NonNullGraphType<JsonGraphType>>("properties")
            .Description("Every other property, e.g. figures with their unit, year and source.")
            .Resolve(c => c.Source.Properties);
        ReferenceFields.AddField(type, e => e.Properties);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipObjectType>>>>("relationships")
            .Description("Relationships of this entity in relationship-id order.")
            .Argument<DirectionEnum>("direction", a => a.DefaultValue = Direction.Both)
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeEnum>>>("types")
            .Argument<IntGraphType>("first", a => a.Description = "At most this many (default and upper bound: the configured limit).")
            .Argument<CalendarDateGraphType>("asOf", a => a.Description = Arguments.AsOfDescription)
            .Argument<ListGraphType<NonNullGraphType<RelationshipStatusEnum>>>("status", a => a.Description = StatusDescription)
            .Argument<ListGraphType<NonNullGraphType<BasisEnum>>>("basis", a => a.Description = Arguments.BasisDescription)
            .Resolve(c =>
            {
                var limits = c.Limits();
                var first = TraversalLimits.Check("first", c.GetArgument("first", limits.MaxRelationshipsPerEntity), 0, limits.MaxRelationshipsPerEntity);
                return c.Loaders().Relationships(c.Source.Id, Filter(c, first))
                    .Then((list, _) => Task.FromResult<IReadOnlyList<Relationship>>(list ?? []));
            });
        type.Field<NonNullGraphType<RelationshipConnectionType>>("relationshipsConnection")
            .Description("The same relationships as `relationships`, a page at a time with cursors and a total count (up to the configured limit of relationships per entity).")
            .Argument<DirectionEnum>("direction", a => a.DefaultValue = Direction.Both)
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeEnum>>>("types")
            .Argument<CalendarDateGraphType>("asOf", a => a.Description = Arguments.AsOfDescription)
            .Argument<ListGraphType<NonNullGraphType<RelationshipStatusEnum>>>("status", a => a.Description = StatusDescription)
            .Argument<ListGraphType<NonNullGraphType<BasisEnum>>>("basis", a => a.Description = Arguments.BasisDescription)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after", a => a.Description = "The endCursor of the previous page.")
            .ResolveAsync(async c =>
            {
                var limits = c.Limits();
                var first = TraversalLimits.Check("first", c.GetArgument<int>("first"), 0, limits.MaxPageSize);
                var afterId = c.GetArgument<string?>("after") is { } after ? Cursors.Decode(Cursors.Relationship, after) : null;
                var all = await c.Loaders().Relationships(c.Source.Id, Filter(c, limits.MaxRelationshipsPerEntity + 1))
                    .GetResultAsync(c.CancellationToken).ConfigureAwait(false) ?? [];
                if (all.Count > limits.MaxRelationshipsPerEntity)
                {
                    throw new GraphQueryException(
                        ErrorCodes.LimitExceeded,
                        $"'{c.Source.Id}' has more than {limits.MaxRelationshipsPerEntity} such relationships (the configured limit per entity); " +
                        "narrow them with types, direction or status.");
                }

                var rest = all.Where(r => afterId is null || string.CompareOrdinal(r.Id, afterId) > 0).ToList();
                var page = rest.Take(first).Select(r => new RelationshipEdge(Cursors.Encode(Cursors.Relationship, r.Id), r)).ToList();
                return new RelationshipConnection(
                    page,
                    new PageInfo(rest.Count > page.Count, afterId is not null, page.FirstOrDefault()?.Cursor, page.LastOrDefault()?.Cursor),
                    all.Count);
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipCountType>>>>("relationshipCounts")
            .Description("How many relationships this entity has, by type and direction (out, then in): for \"+N more\" beside a drawn node.")
            .Resolve(c => c.Loaders().RelationshipCounts.Load(c.Source.Id)
                .Then((counts, _) => Task.FromResult<IReadOnlyList<RelationshipCount>>(counts ?? [])));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("sources")
            .Description("The documents that mention this entity.")
            .Resolve(c => c.Loaders().RelatedEntities(c.Source.Id, RelationshipsLookahead.Sources(c.Limits())));
    }

    private static RelationshipFilter Filter(IResolveFieldContext c, int first) =>
        new(c.GetArgument<Direction>("direction"), Arguments.Types(c), first)
        {
            AsOf = Arguments.AsOf(c),
            Statuses = c.GetArgument<List<RelationshipStatus>?>("status") is { Count: > 0 } statuses ? statuses.ToHashSet() : null,
            Bases = Arguments.Bases(c),
        };
}
