using GraphExplorer.Api.GraphQL.References;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class ChipType : EntityObjectType
{
    public ChipType()
        : base(EntityKind.Chip, "An AI chip or chip family.")
    {
        ReferenceFields.AddNamedField(this, "family", "The chip family it belongs to (properties.family).");
        ReferenceFields.AddNamedField(
            this, "designedToComplyWith", "The rule it was designed to comply with (properties.designedToComplyWith).");
    }
}
