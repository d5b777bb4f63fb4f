using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>
/// What surrounds an entity: up to <see cref="Depth"/> steps along relationships of <see cref="Types"/> (null: every
/// type) but not of <see cref="ExcludeTypes"/>, into entities of <see cref="Kinds"/> (null: every kind) but not of
/// <see cref="ExcludeKinds"/>; at most <see cref="Limit"/> entities.
/// </summary>
public sealed record NeighborhoodQuery(
    string Id, int Depth, Direction Direction, IReadOnlySet<RelationshipType>? Types, int Limit)
{
    /// <summary>Only relationships that hold on this date (see <see cref="Model.Relationship.HoldsOn"/>); null: whenever.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Only relationships known on one of these bases (see <see cref="Model.Relationship.Basis"/>); null or empty: any.</summary>
    public IReadOnlySet<Model.Basis>? Bases { get; init; }

    public IReadOnlySet<RelationshipType>? ExcludeTypes { get; init; }

    public IReadOnlySet<EntityKind>? Kinds { get; init; }

    public IReadOnlySet<EntityKind>? ExcludeKinds { get; init; }

    /// <summary>Whether a relationship of this type may be walked and drawn.</summary>
    public bool Allows(RelationshipType type) =>
        (Types is not { Count: > 0 } || Types.Contains(type)) && ExcludeTypes?.Contains(type) != true;

    /// <summary>Whether an entity of this kind may join (the start always does).</summary>
    public bool Allows(EntityKind kind) =>
        (Kinds is not { Count: > 0 } || Kinds.Contains(kind)) && ExcludeKinds?.Contains(kind) != true;
}
