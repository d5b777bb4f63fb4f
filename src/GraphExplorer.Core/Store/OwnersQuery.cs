namespace GraphExplorer.Core.Store;

public sealed record OwnersQuery(string Id, int MaxDepth, int MaxChains);
