using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

public sealed record SupplyChain(Entity Root, SupplyDirection Direction, IReadOnlyList<SupplyTier> Tiers, bool Truncated);
