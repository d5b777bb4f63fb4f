using GraphExplorer.Api.GraphQL.Documents;
using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Api.GraphQL.Provenance;
using GraphExplorer.Api.GraphQL.Scalars;
using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class FigureType : ObjectGraphType<Figure>
{
    public FigureType()
    {
        Name = "Figure";
        Description = "A figure a source gives about an entity: an amount with its unit, qualifier and year, and who states it.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("What is counted, e.g. capex2025.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<FloatGraphType>>("amount").Resolve(c => c.Source.Amount);
        Field<StringGraphType>("unit").Description("e.g. CNY, USD, users.").Resolve(c => c.Source.Unit);
        Field<StringGraphType>("qualifier").Description("e.g. \"more than\", \"about\".").Resolve(c => c.Source.Qualifier);
        Field<IntGraphType>("year").Resolve(c => c.Source.Year);
        Field<DocumentType>("source").Description("The document that states the figure.")
            .Resolve(c => c.Source.SourceId is { } id ? c.Loaders().Entity(id) : null);
        Field<DocumentType>("cites").Description("The report the stating document cites for it, where it names one.")
            .Resolve(c => c.Source.CitedSourceId is { } id ? c.Loaders().Entity(id) : null);
        Field<BasisEnum>("basis").Description("How the source gives it: STATED, IMPLIED or OUTSIDE; null where not recorded.").Resolve(c => c.Source.Basis);
        Field<StringGraphType>("basisNote").Description("How it follows from the source, or where it comes from.").Resolve(c => c.Source.BasisNote);
        Field<NonNullGraphType<JsonGraphType>>("details").Description("What else the source says of it, e.g. purpose, where.")
            .Resolve(c => c.Source.Details);
    }
}
