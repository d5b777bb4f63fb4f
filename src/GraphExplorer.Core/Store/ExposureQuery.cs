namespace GraphExplorer.Core.Store;

public sealed record ExposureQuery(string Id, int MaxDepth, int MaxReached);
