using GraphExplorer.Api.GraphQL.Provenance;
using GraphExplorer.Api.GraphQL.Relationships;
using GraphExplorer.Api.GraphQL.Scalars;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Writes;
using GraphQL.Types;
using static GraphExplorer.Api.GraphQL.Writes.WriteInputs;

namespace GraphExplorer.Api.GraphQL.Writes;

public sealed class RelationshipInputType : InputObjectGraphType<RelationshipInput>
{
    private static readonly string[] s_dates = [PropertyNames.ReportedOn, PropertyNames.ValidFrom, PropertyNames.ValidTo];

    public RelationshipInputType()
    {
        Name = "RelationshipInput";
        Description = "A relationship to add, with the document that states it. Sent again unchanged, it is not added twice.";
        Field<IdGraphType>("id").Description("Lower case letters, digits and hyphens; without one it is '<from>-<type>-<to>', with a suffix when taken.");
        Field<NonNullGraphType<RelationshipTypeEnum>>("type");
        Field<NonNullGraphType<IdGraphType>>("from");
        Field<NonNullGraphType<IdGraphType>>("to");
        Field<NonNullGraphType<IdGraphType>>("source").Description("The document that states it.");
        Field<NonNullGraphType<StringGraphType>>("evidence").Description("What that document says, in your own words.");
        Field<CalendarDateGraphType>("reportedOn").Description("When the source reported it.");
        Field<DatePrecisionEnum>("reportedOnPrecision");
        Field<CalendarDateGraphType>("validFrom").Description("The first day it holds, where the source gives one.");
        Field<DatePrecisionEnum>("validFromPrecision").Description("A coarser validFrom is the first day of its period.");
        Field<CalendarDateGraphType>("validTo").Description("The last day it holds, where the source gives one.");
        Field<DatePrecisionEnum>("validToPrecision").Description("A coarser validTo is the last day of its period.");
        Field<JsonGraphType>("properties").Description("Other properties, e.g. {percentage: 20} on OWNS, {what: \"AI chips\"} on SUPPLIES.");
        Field<BasisEnum>("basis").Description("How the source knows it (default STATED).");
        Field<StringGraphType>("basisNote").Description("Required unless STATED: how it follows, or where it comes from.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var precisions = s_dates
            .Select(date => (date, Precision: OptionalValue<DatePrecision>(value, date + Core.Model.Provenance.PrecisionSuffix)))
            .Where(p => p.Precision is not null)
            .ToDictionary(p => p.date, p => p.Precision!.Value, StringComparer.Ordinal);
        return new RelationshipInput(
            OptionalId(value, "id"),
            Required<RelationshipType>(value, "type"),
            Id(value, "from"),
            Id(value, "to"),
            Id(value, "source"),
            Required<string>(value, "evidence"),
            OptionalValue<DateOnly>(value, PropertyNames.ReportedOn),
            OptionalValue<DateOnly>(value, PropertyNames.ValidFrom),
            OptionalValue<DateOnly>(value, PropertyNames.ValidTo),
            Map(value, "properties"),
            Basis(value),
            Optional<string>(value, "basisNote"))
        {
            Precisions = precisions,
        };
    }
}
