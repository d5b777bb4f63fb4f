using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

public sealed record SupplyChainQuery(string Id, SupplyDirection Direction, int MaxTiers, int MaxEntities)
{
    /// <summary>Only relationships that hold on this date (see <see cref="Model.Relationship.HoldsOn"/>); null: whenever.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Only relationships known on one of these bases (see <see cref="Model.Relationship.Basis"/>); null or empty: any.</summary>
    public IReadOnlySet<Model.Basis>? Bases { get; init; }
}
