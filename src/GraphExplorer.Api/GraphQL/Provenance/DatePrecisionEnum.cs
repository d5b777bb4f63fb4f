using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Provenance;

public sealed class DatePrecisionEnum : EnumerationGraphType<DatePrecision>
{
    public DatePrecisionEnum()
    {
        Name = "DatePrecision";
        Description = "How exactly the source gives a date. A date given to a week, month or year is stored as the first day of that period, except validTo, which is its last day.";
        Values["DAY"]!.Description = "A day (\"on Monday\").";
        Values["WEEK"]!.Description = "An ISO week, Monday to Sunday (\"last week\").";
        Values["MONTH"]!.Description = "A month (\"in December\").";
        Values["YEAR"]!.Description = "A year (\"since 2023\").";
    }
}
