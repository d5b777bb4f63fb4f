using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary><see cref="WithRelationships"/>, when set, asks for the relationships of every entity found in the same call.</summary>
public sealed record SearchQuery(string Text, IReadOnlySet<EntityKind>? Kinds, int First, RelationshipFilter? WithRelationships = null);
