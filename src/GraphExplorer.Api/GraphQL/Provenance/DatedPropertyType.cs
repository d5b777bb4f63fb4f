using GraphExplorer.Api.GraphQL.Scalars;
using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Provenance;

public sealed class DatedPropertyType : ObjectGraphType<DatedProperty>
{
    public DatedPropertyType()
    {
        Name = "DatedProperty";
        Description = "A date at the precision the source gives it, with the period it stands for.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("e.g. reportedOn, validFrom, validTo, publishedOn, issuedOn.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<CalendarDateGraphType>>("date").Description("The stored date: the first day of its period (the last, for validTo).").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<DatePrecisionEnum>>("precision").Resolve(c => c.Source.Precision);
        Field<NonNullGraphType<CalendarDateGraphType>>("start").Description("The first day of the period.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<CalendarDateGraphType>>("end").Description("The last day of the period.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The period as written: 2025-01-22, 2025-W03, 2024-12 or 2023.").Resolve(c => c.Source.Text);
    }
}
