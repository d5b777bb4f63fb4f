using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>Which relationships of an entity to return. <see cref="Types"/> null or empty means every type.</summary>
public sealed record RelationshipFilter(Direction Direction, IReadOnlySet<RelationshipType>? Types, int First)
{
    /// <summary>Only relationships that hold on this date (see <see cref="Relationship.HoldsOn"/>); null: whenever.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// With <see cref="AsOf"/>: instead of the relationships that hold on that date, those reported by then whose
    /// <see cref="Relationship.StatusOn"/> that date is one of these (so <see cref="RelationshipStatus.Ended"/> finds
    /// the routes that closed). Null or empty: no status filter. Ignored without <see cref="AsOf"/>.
    /// </summary>
    public IReadOnlySet<RelationshipStatus>? Statuses { get; init; }

    /// <summary>Whether the relationship passes the date and status filters (type and direction are the store's to match).</summary>
    public bool Admits(Relationship relationship) => AsOf is not { } date
        || (Statuses is { Count: > 0 } statuses
            ? relationship.ReportedBy(date) && statuses.Contains(relationship.StatusOn(date))
            : relationship.HoldsOn(date));
}
