using GraphExplorer.Api.GraphQL.Documents;
using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Api.GraphQL.References;
using GraphExplorer.Api.GraphQL.Scalars;
using GraphExplorer.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Relationships;

public sealed class RelationshipObjectType : ObjectGraphType<Relationship>
{
    public RelationshipObjectType()
    {
        Name = "Relationship";
        Description = "A relationship between two entities, with the document that states it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RelationshipTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<EntityInterface>>("from")
            .Description("Where the relationship starts (the owner, the supplier, the regulation, …).")
            .Resolve(c => c.Loaders().Entity(c.Source.FromId));
        Field<NonNullGraphType<EntityInterface>>("to")
            .Description("Where the relationship ends (the asset, the customer, what is restricted, …).")
            .Resolve(c => c.Loaders().Entity(c.Source.ToId));
        Field<NonNullGraphType<JsonGraphType>>("properties")
            .Description("Every other property, e.g. percentage, what, items, via.")
            .Resolve(c => c.Source.Properties);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("items")
            .Description("What is supplied, manufactured or developed along this relationship (the ids in properties.items), as entities.")
            .ResolveAsync(async c => (await ReferenceFields.ResolveAsync(c, c.Source.Properties, "items").ConfigureAwait(false)).Select(r => r.Entity));
        Field<DocumentType>("source")
            .Description("The document that states this relationship.")
            .Resolve(c => c.Source.SourceId is { } source ? c.Loaders().Entity(source) : null);
        Field<DocumentType>("cites")
            .Description("The earlier report the source cites for this relationship (properties.citedSource), where it names one.")
            .Resolve(c => c.Source.Properties.GetValueOrDefault("citedSource") is string cited ? c.Loaders().Entity(cited) : null);
        ReferenceFields.AddField(this, r => r.Properties);
        Field<StringGraphType>("evidence").Description("What the source says, in our words.").Resolve(c => c.Source.Evidence);
        Field<CalendarDateGraphType>("reportedOn").Description("The date the source reported it.").Resolve(c => c.Source.ReportedOn);
        Field<CalendarDateGraphType>("validFrom").Description("The date from which it holds, where known.").Resolve(c => c.Source.ValidFrom);
        Field<CalendarDateGraphType>("validTo").Description("The date until which it holds, where known.").Resolve(c => c.Source.ValidTo);
        Field<NonNullGraphType<RelationshipStatusEnum>>("status")
            .Description("Where it stands on the asOf date of the field that returned it (default today): ENDED after its validTo, PLANNED before its validFrom or when the source reports it as planned, else IN_FORCE.")
            .Resolve(c => c.Source.StatusOn(Arguments.AsOfInScope(c)));
    }
}
