using GraphExplorer.Api.GraphQL.Documents;
using GraphExplorer.Api.GraphQL.Loading;
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
    public static void AddTo(ObjectGraphType<Entity> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("A stable readable slug, e.g. bytedance.").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<EntityKindEnum>>("kind").Resolve(c => c.Source.Kind);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names, including spellings the sources use.")
            .Resolve(c => c.Source.Aliases);
        type.Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureType>>>>("figures")
            .Description("The figures the sources give, typed: amount, unit, qualifier, year, the document that states each and the report it cites.")
            .Resolve(c => Figure.Of(c.Source.Properties));
        type.Field<NonNullGraphType<JsonGraphType>>("properties")
            .Description("Every other property, e.g. figures with their unit, year and source.")
            .Resolve(c => c.Source.Properties);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipObjectType>>>>("relationships")
            .Description("Relationships of this entity in relationship-id order.")
            .Argument<DirectionEnum>("direction", a => a.DefaultValue = Direction.Both)
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeEnum>>>("types")
            .Argument<IntGraphType>("first", a => a.Description = "At most this many (default and upper bound: the configured limit).")
            .Argument<CalendarDateGraphType>("asOf", a => a.Description = Arguments.AsOfDescription)
            .Resolve(c =>
            {
                var limits = c.Limits();
                var first = TraversalLimits.Check("first", c.GetArgument("first", limits.MaxRelationshipsPerEntity), 0, limits.MaxRelationshipsPerEntity);
                var filter = new RelationshipFilter(c.GetArgument<Direction>("direction"), Arguments.Types(c), first) { AsOf = Arguments.AsOf(c) };
                return c.Loaders().Relationships(c.Source.Id, filter)
                    .Then((list, _) => Task.FromResult<IReadOnlyList<Relationship>>(list ?? []));
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipCountType>>>>("relationshipCounts")
            .Description("How many relationships this entity has, by type and direction (out, then in): for \"+N more\" beside a drawn node.")
            .Resolve(c => c.Loaders().RelationshipCounts.Load(c.Source.Id)
                .Then((counts, _) => Task.FromResult<IReadOnlyList<RelationshipCount>>(counts ?? [])));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("sources")
            .Description("The documents that mention this entity.")
            .Resolve(c => c.Loaders().RelatedEntities(c.Source.Id, RelationshipsLookahead.Sources(c.Limits())));
    }
}
