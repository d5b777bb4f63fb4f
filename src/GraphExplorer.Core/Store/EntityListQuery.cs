using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>
/// A page of entities. Without <see cref="Criteria"/>: of <see cref="Kind"/> (all when null) in id order after
/// <see cref="AfterId"/>. With it: as the criteria say, and <see cref="Kind"/> and <see cref="AfterId"/> are not used.
/// <see cref="WithRelationships"/>, when set, asks for the relationships of every entity on the page in the same call.
/// </summary>
public sealed record EntityListQuery(EntityKind? Kind, int First, string? AfterId, RelationshipFilter? WithRelationships = null)
{
    public EntityCriteria? Criteria { get; init; }
}
