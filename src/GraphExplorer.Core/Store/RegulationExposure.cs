using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>One regulation or regulator and every way it reaches the entity.</summary>
public sealed record RegulationExposure(Entity By, IReadOnlyList<Exposure> Exposures)
{
    /// <summary>The channels of its exposures, in enum order, once each.</summary>
    public IReadOnlyList<ExposureChannel> Channels => Exposures.Select(e => e.Channel).Distinct().Order().ToList();

    /// <summary>Exposures grouped by who exposes, in id order; each group keeps the exposures' own order.</summary>
    public static IReadOnlyList<RegulationExposure> Group(IEnumerable<Exposure> exposures) =>
        exposures.GroupBy(e => e.By.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RegulationExposure(g.First().By, g.ToList()))
            .ToList();
}
