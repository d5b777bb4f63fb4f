using GraphExplorer.Api.GraphQL.References;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class RegulationType : EntityObjectType
{
    public RegulationType()
        : base(EntityKind.Regulation, "A law, rule, executive order or export control.")
    {
        ReferenceFields.AddNamedField(this, "postpones", "The rule whose effect this one postpones (properties.postpones).");
    }
}
