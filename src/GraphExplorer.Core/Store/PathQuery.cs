using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

public sealed record PathQuery(
    string FromId, string ToId, int MaxLength, IReadOnlySet<RelationshipType>? Types, bool Directed, int First)
{
    /// <summary>Only relationships that hold on this date (see <see cref="Model.Relationship.HoldsOn"/>); null: whenever.</summary>
    public DateOnly? AsOf { get; init; }
}
