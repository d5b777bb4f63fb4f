namespace GraphExplorer.Core.Store;

public sealed record OwnersQuery(string Id, int MaxDepth, int MaxChains)
{
    /// <summary>Only relationships that hold on this date (see <see cref="Model.Relationship.HoldsOn"/>); null: whenever.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Only relationships known on one of these bases (see <see cref="Model.Relationship.Basis"/>); null or empty: any.</summary>
    public IReadOnlySet<Model.Basis>? Bases { get; init; }
}
