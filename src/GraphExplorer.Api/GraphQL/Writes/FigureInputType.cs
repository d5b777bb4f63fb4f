using GraphExplorer.Api.GraphQL.Provenance;
using GraphExplorer.Core.Writes;
using GraphQL.Types;
using static GraphExplorer.Api.GraphQL.Writes.WriteInputs;

namespace GraphExplorer.Api.GraphQL.Writes;

public sealed class FigureInputType : InputObjectGraphType<FigureInput>
{
    public FigureInputType()
    {
        Name = "FigureInput";
        Description = "A figure the source gives about the entity (an amount, a share, a count); its source is the write's source.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Lower camel case, e.g. 'capex2025'.");
        Field<NonNullGraphType<FloatGraphType>>("amount");
        Field<StringGraphType>("unit").Description("An ISO currency code such as 'CNY', or a unit word such as 'users'.");
        Field<StringGraphType>("qualifier").Description("'more than', 'about', 'at least'; absent when exact.");
        Field<IntGraphType>("year").Description("The year the figure refers to.");
        Field<BasisEnum>("basis").Description("How the source gives it (default STATED).");
        Field<StringGraphType>("basisNote").Description("Required unless STATED: how it follows, or where it comes from.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new FigureInput(
        Required<string>(value, "name"),
        Convert.ToDouble(Required<object>(value, "amount"), System.Globalization.CultureInfo.InvariantCulture),
        Optional<string>(value, "unit"),
        Optional<string>(value, "qualifier"),
        OptionalValue<int>(value, "year"),
        Basis(value),
        Optional<string>(value, "basisNote"));
}
