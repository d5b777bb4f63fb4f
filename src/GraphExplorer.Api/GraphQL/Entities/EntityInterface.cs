using GraphExplorer.Api.GraphQL.Documents;
using GraphExplorer.Api.GraphQL.Provenance;
using GraphExplorer.Api.GraphQL.References;
using GraphExplorer.Api.GraphQL.Relationships;
using GraphExplorer.Api.GraphQL.Scalars;
using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

/// <summary>The fields every kind has; each kind's object type resolves them through <see cref="EntityFields"/>.</summary>
public sealed class EntityInterface : InterfaceGraphType<Entity>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "A node of the graph: a company, product, chip, regulator, regulation, place, facility, person or document.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<EntityKindEnum>>("kind");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AliasType>>>>("aliasDetails");
        Field<StringGraphType>("description");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyBasisType>>>>("propertyBases");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatedPropertyType>>>>("dates");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureType>>>>("figures");
        Field<NonNullGraphType<JsonGraphType>>("properties");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceType>>>>("references");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipObjectType>>>>("relationships")
            .Argument<DirectionEnum>("direction", a => a.DefaultValue = Direction.Both)
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeEnum>>>("types")
            .Argument<IntGraphType>("first")
            .Argument<CalendarDateGraphType>("asOf")
            .Argument<ListGraphType<NonNullGraphType<RelationshipStatusEnum>>>("status")
            .Argument<ListGraphType<NonNullGraphType<BasisEnum>>>("basis");
        Field<NonNullGraphType<RelationshipConnectionType>>("relationshipsConnection")
            .Argument<DirectionEnum>("direction", a => a.DefaultValue = Direction.Both)
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeEnum>>>("types")
            .Argument<CalendarDateGraphType>("asOf")
            .Argument<ListGraphType<NonNullGraphType<RelationshipStatusEnum>>>("status")
            .Argument<ListGraphType<NonNullGraphType<BasisEnum>>>("basis")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipCountType>>>>("relationshipCounts");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("sources");
    }
}
