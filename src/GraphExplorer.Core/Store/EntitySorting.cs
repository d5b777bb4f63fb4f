using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

public static class EntitySorting
{
    /// <summary>What <see cref="EntitySort.Name"/> compares, ordinal: the lower-cased name (as Cypher's <c>toLower</c>).</summary>
    public static string NameKey(Entity entity) => entity.Name.ToLowerInvariant();
}
