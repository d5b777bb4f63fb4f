using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary><see cref="WithRelationships"/>, when set, asks for the relationships of every entity on the page in the same call.</summary>
public sealed record EntityListQuery(EntityKind? Kind, int First, string? AfterId, RelationshipFilter? WithRelationships = null);
