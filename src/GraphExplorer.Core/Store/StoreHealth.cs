namespace GraphExplorer.Core.Store;

public sealed record StoreHealth(bool IsReady, string Store, string Description);
