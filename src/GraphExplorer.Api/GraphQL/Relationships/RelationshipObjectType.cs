using GraphExplorer.Api.GraphQL.Documents;
using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Api.GraphQL.Provenance;
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
        Field<BasisEnum>("basis")
            .Description("How the source knows it: STATED, IMPLIED (the evidence and basisNote say how) or OUTSIDE (basisNote says where from); null where not recorded.")
            .Resolve(c => c.Source.Basis);
        Field<StringGraphType>("basisNote").Description("How it follows from the source, or where it comes from.")
            .Resolve(c => c.Source.Properties.GetValueOrDefault(Core.Model.Provenance.BasisNote) as string);
        Field<CalendarDateGraphType>("reportedOn").Description("The date the source reported it (the first day of its period when reportedOnPrecision is coarser than DAY).").Resolve(c => c.Source.ReportedOn);
        Field<DatePrecisionEnum>("reportedOnPrecision").Resolve(c => c.Source.ReportedOn is null ? null : c.Source.PrecisionOf(PropertyNames.ReportedOn));
        Field<CalendarDateGraphType>("validFrom")
            .Description("The first day on which it may hold, where the source gives one: the start of the period validFromPrecision names.")
            .Resolve(c => c.Source.ValidFrom);
        Field<DatePrecisionEnum>("validFromPrecision").Resolve(c => c.Source.ValidFrom is null ? null : c.Source.PrecisionOf(PropertyNames.ValidFrom));
        Field<CalendarDateGraphType>("validTo")
            .Description("The last day on which it may hold, where the source gives one: the end of the period validToPrecision names (\"closed last week\" is that week's Sunday).")
            .Resolve(c => c.Source.ValidTo);
        Field<DatePrecisionEnum>("validToPrecision").Resolve(c => c.Source.ValidTo is null ? null : c.Source.PrecisionOf(PropertyNames.ValidTo));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatedPropertyType>>>>("dates")
            .Description("Every date it carries (reportedOn, validFrom, validTo and dated properties such as citedReportedOn), each with its precision and period.")
            .Resolve(c => c.Source.Dates());
        Field<Writes.RetractionType>("retraction")
            .Description("Null while it is believed; once retracted, when, by whom, why and on what source. Only answers as of a date before the retraction show it.")
            .Resolve(c => c.Source.IsRetracted ? c.Source : null);
        Field<NonNullGraphType<RelationshipStatusEnum>>("status")
            .Description("Where it stands on the asOf date of the field that returned it (default today): ENDED after its validTo, PLANNED before its validFrom or when the source reports it as planned, else IN_FORCE.")
            .Resolve(c => c.Source.StatusOn(Arguments.AsOfInScope(c)));
    }
}
