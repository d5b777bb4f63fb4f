using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

public sealed record SupplyTier(int Tier, IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships);
