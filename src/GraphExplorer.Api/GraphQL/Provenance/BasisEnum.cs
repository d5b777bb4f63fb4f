using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Provenance;

public sealed class BasisEnum : EnumerationGraphType<Basis>
{
    public BasisEnum()
    {
        Name = "Basis";
        Description = "How a statement is known from its source document.";
        Values["STATED"]!.Description = "The document says it.";
        Values["IMPLIED"]!.Description = "It follows from what the document says; the evidence or basisNote says how.";
        Values["OUTSIDE"]!.Description = "Background knowledge, not from the document; basisNote says where it comes from.";
    }
}
