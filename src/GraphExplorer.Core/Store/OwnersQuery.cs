namespace GraphExplorer.Core.Store;

public sealed record OwnersQuery(string Id, int MaxDepth, int MaxChains)
{
    /// <summary>Only relationships that hold on this date (see <see cref="Model.Relationship.HoldsOn"/>); null: whenever.</summary>
    public DateOnly? AsOf { get; init; }
}
