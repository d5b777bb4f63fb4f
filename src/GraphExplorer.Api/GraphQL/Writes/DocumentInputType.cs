using GraphExplorer.Api.GraphQL.Provenance;
using GraphExplorer.Api.GraphQL.Scalars;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Writes;
using GraphQL.Types;
using static GraphExplorer.Api.GraphQL.Writes.WriteInputs;

namespace GraphExplorer.Api.GraphQL.Writes;

public sealed class DocumentInputType : InputObjectGraphType<DocumentInput>
{
    public DocumentInputType()
    {
        Name = "DocumentInput";
        Description = "A source document: what every statement written to the graph names as its source.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("A new id is lower case letters, digits and hyphens; documents use 'doc-…'.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("publisher");
        Field<CalendarDateGraphType>("publishedOn");
        Field<DatePrecisionEnum>("publishedOnPrecision").Description("How exactly publishedOn is known; a coarser date is the first day of its period.");
        Field<StringGraphType>("url").Description("An absolute http or https address.");
        Field<StringGraphType>("description").Description("One sentence in your own words.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new DocumentInput(
        Id(value, "id"),
        Required<string>(value, "title"),
        Optional<string>(value, "publisher"),
        OptionalValue<DateOnly>(value, "publishedOn"),
        OptionalValue<DatePrecision>(value, "publishedOnPrecision"),
        Optional<string>(value, "url"),
        Optional<string>(value, "description"));
}
