using GraphExplorer.Core.Model;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Entities;

/// <summary>The object type of one entity kind; the kinds differ in name and in what they may add.</summary>
public abstract class EntityObjectType : ObjectGraphType<Entity>
{
    protected EntityObjectType(EntityKind kind, string description)
    {
        Name = kind.ToLabel();
        Description = description;
        Interface<EntityInterface>();
        IsTypeOf = value => value is Entity entity && entity.Kind == kind;
        EntityFields.AddTo(this);
    }
}
