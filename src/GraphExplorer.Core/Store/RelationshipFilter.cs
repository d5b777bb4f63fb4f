using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>Which relationships of an entity to return. <see cref="Types"/> null or empty means every type.</summary>
public sealed record RelationshipFilter(Direction Direction, IReadOnlySet<RelationshipType>? Types, int First)
{
    /// <summary>Only relationships that hold on this date (see <see cref="Model.Relationship.HoldsOn"/>); null: whenever.</summary>
    public DateOnly? AsOf { get; init; }
}
