using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class EntityKindEnum : EnumerationGraphType<EntityKind>
{
    public EntityKindEnum()
    {
        Name = "EntityKind";
        Description = "The kind of an entity; each kind has its own object type.";
    }
}
