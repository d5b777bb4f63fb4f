using System.Collections;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>
/// The entities a search found, in rank order, and their relationships when the query asked for them
/// (<see cref="SearchQuery.WithRelationships"/>), fetched in the same call.
/// </summary>
public sealed class SearchResult(IReadOnlyList<Entity> entities, RelationshipsResult? relationships = null) : IReadOnlyList<Entity>
{
    public RelationshipsResult? Relationships { get; } = relationships;

    public int Count => entities.Count;

    public Entity this[int index] => entities[index];

    public IEnumerator<Entity> GetEnumerator() => entities.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
