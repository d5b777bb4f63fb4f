namespace GraphExplorer.Core.Store;

/// <summary>How an exposure reaches the entity: through itself or through the first step of its path.</summary>
public enum ExposureChannel
{
    Self,
    Owned,
    Developed,
    Supplied,
    Manufactured,
    Leased,
    Location,
}
