namespace GraphExplorer.Core.Store;

public sealed record ExposureQuery(string Id, int MaxDepth, int MaxReached)
{
    /// <summary>Only relationships that hold on this date (see <see cref="Model.Relationship.HoldsOn"/>); null: whenever.</summary>
    public DateOnly? AsOf { get; init; }
}
