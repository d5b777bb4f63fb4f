using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Provenance;

public sealed class PropertyBasisType : ObjectGraphType<PropertyBasis>
{
    public PropertyBasisType()
    {
        Name = "PropertyBasis";
        Description = "A property (name, description or another) that the document does not state: IMPLIED by it, or OUTSIDE knowledge.";
        Field<NonNullGraphType<StringGraphType>>("property").Description("e.g. name, description, country.").Resolve(c => c.Source.Property);
        Field<NonNullGraphType<BasisEnum>>("basis").Resolve(c => c.Source.Basis);
        Field<StringGraphType>("note").Description("How it follows from the document, or where it comes from.").Resolve(c => c.Source.Note);
    }
}
