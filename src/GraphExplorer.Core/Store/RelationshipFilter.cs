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

    /// <summary>Only relationships known on one of these bases (see <see cref="Relationship.Basis"/>); null or empty: any, or none recorded.</summary>
    public IReadOnlySet<Basis>? Bases { get; init; }

    /// <summary>Whether the relationship passes the basis, date and status filters (type and direction are the store's to match).</summary>
    public bool Admits(Relationship relationship) =>
        (Bases is not { Count: > 0 } bases || (relationship.Basis is { } basis && bases.Contains(basis)))
        && (AsOf is not { } date
            ? !relationship.IsRetracted
            : (Statuses is { Count: > 0 } statuses
                ? relationship.ReportedBy(date) && !relationship.IsRetractedOn(date) && statuses.Contains(relationship.StatusOn(date))
                : relationship.HoldsOn(date)));
}
