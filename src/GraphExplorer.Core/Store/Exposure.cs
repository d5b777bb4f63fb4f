using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>
/// A regulation or regulator that reaches the entity through <see cref="Through"/>, the thing <see cref="Rule"/>
/// restricts or regulates. <see cref="Path"/> is the shortest explanation: from the entity through <see cref="Through"/>
/// to <see cref="By"/>; or, when <see cref="Through"/> is an item of a supply (<see cref="Supply"/>, e.g. the chips a
/// cloud provider gives access to), from the entity to that supplier, the item and the rule hanging off the supply.
/// </summary>
public sealed record Exposure(Entity By, Entity Through, ExposureChannel Channel, GraphPath Path)
{
    /// <summary>The RESTRICTS or REGULATES relationship that reaches <see cref="Through"/>.</summary>
    public Relationship? Rule { get; init; }

    /// <summary>The SUPPLIES relationship whose items include <see cref="Through"/>, when that is how it is reached.</summary>
    public Relationship? Supply { get; init; }

    /// <summary>Every explaining path of at most the asked depth, shortest first, the first n of them.</summary>
    public Func<int, IReadOnlyList<GraphPath>>? Explain { get; init; }
}
