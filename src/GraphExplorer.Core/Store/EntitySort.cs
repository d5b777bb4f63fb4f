namespace GraphExplorer.Core.Store;

/// <summary>How <see cref="EntityCriteria"/> orders entities; ties go by id, and descending reverses the whole order.</summary>
public enum EntitySort
{
    Id,

    /// <summary>By lower-cased name, ordinal.</summary>
    Name,

    /// <summary>By the number of relationships, out and in, of every type and time.</summary>
    Degree,
}
