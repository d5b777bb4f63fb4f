namespace GraphExplorer.Core.Store;

/// <summary>
/// Upper bounds on what one question may ask of a store. Configurable under
/// <c>GraphExplorer:Limits</c>; a question past a bound is refused with <c>LIMIT_EXCEEDED</c>.
/// </summary>
public sealed class TraversalLimits
{
    public const string SectionName = "GraphExplorer:Limits";

    public int MaxNeighborhoodDepth { get; set; } = 4;
    public int MaxNeighborhoodLimit { get; set; } = 2000;
    public int MaxPathLength { get; set; } = 8;
    public int MaxPaths { get; set; } = 100;
    public int MaxSupplyTiers { get; set; } = 6;
    public int MaxSupplyChainEntities { get; set; } = 2000;
    public int MaxOwnershipDepth { get; set; } = 10;
    public int MaxOwnershipChains { get; set; } = 1000;
    public int MaxExposureDepth { get; set; } = 6;
    public int MaxExposureReached { get; set; } = 5000;
    public int MaxPageSize { get; set; } = 500;
    public int MaxRelationshipsPerEntity { get; set; } = 1000;
    public int MaxSearchTextLength { get; set; } = 200;

    /// <summary>Refuses <paramref name="value"/> unless it lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int Check(string argument, int value, int min, int max)
    {
        if (value < min)
        {
            throw new GraphQueryException(
                ErrorCodes.BadUserInput, $"Argument '{argument}' must be at least {min}; it was {value}.");
        }

        if (value > max)
        {
            throw new GraphQueryException(
                ErrorCodes.LimitExceeded,
                $"Argument '{argument}' may be at most {max} (the configured limit); it was {value}.");
        }

        return value;
    }
}
