using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

public sealed record SupplyChainQuery(string Id, SupplyDirection Direction, int MaxTiers, int MaxEntities)
{
    /// <summary>Only relationships that hold on this date (see <see cref="Model.Relationship.HoldsOn"/>); null: whenever.</summary>
    public DateOnly? AsOf { get; init; }
}
