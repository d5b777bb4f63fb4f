using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>
/// One owner of an entity and the chain of <c>OWNS</c> relationships from that owner down to it.
/// <see cref="EffectivePercentage"/> multiplies the percentages along the chain and is null when one is unknown.
/// </summary>
public sealed record Ownership(
    Entity Owner, int Depth, bool IsDirect, bool IsUltimate, double? EffectivePercentage, GraphPath Chain);
