using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>One kind of step a walk takes: relationships of <see cref="Types"/> (null: any type) followed in <see cref="Direction"/>.</summary>
public sealed record ReachStep(Direction Direction, IReadOnlySet<RelationshipType>? Types = null);
