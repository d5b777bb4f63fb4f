using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

public sealed record SupplyChainQuery(string Id, SupplyDirection Direction, int MaxTiers, int MaxEntities);
