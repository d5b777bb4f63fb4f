using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Embedded.Storage;

/// <summary>Entity positions sorted by id (ordinal), overall and per kind, for paging with a cursor.</summary>
public sealed class EntityOrder
{
    private readonly Entity[] _entities;
    private readonly int[] _all;
    private readonly Dictionary<EntityKind, int[]> _byKind;
    private readonly Lazy<int[]> _byName;

    private EntityOrder(Entity[] entities, int[] all, Dictionary<EntityKind, int[]> byKind)
    {
        _entities = entities;
        _all = all;
        _byKind = byKind;
        // Built on first use: most deployments never list by name, and it costs a sort of every entity.
        _byName = new Lazy<int[]>(() => StableSort(_all, i => EntitySorting.NameKey(_entities[i]), StringComparer.Ordinal));
    }

    /// <summary>Every position in id order.</summary>
    internal int[] AllById => _all;

    /// <summary>Every position sorted by lower-cased name, ties by id.</summary>
    public ReadOnlySpan<int> ByName => _byName.Value;

    internal static EntityOrder Build(Entity[] entities)
    {
        var ids = entities.Select(e => e.Id).ToArray();
        var all = Enumerable.Range(0, entities.Length).ToArray();
        Array.Sort(ids, all, StringComparer.Ordinal);
        var byKind = all.GroupBy(i => entities[i].Kind).ToDictionary(g => g.Key, g => g.ToArray());
        return new EntityOrder(entities, all, byKind);
    }

    /// <summary>
    /// <paramref name="byId"/> (positions in id order) sorted by a key; the sort is stable, so ties stay in id order.
    /// </summary>
    internal static int[] StableSort<TKey>(int[] byId, Func<int, TKey> key, IComparer<TKey>? comparer = null) =>
        byId.OrderBy(key, comparer).ToArray();

    /// <summary>Positions sorted by id, of one kind or of all.</summary>
    public ReadOnlySpan<int> Sorted(EntityKind? kind) =>
        kind is null ? _all : _byKind.TryGetValue(kind.Value, out var rows) ? rows : [];

    /// <summary>The index in <paramref name="sorted"/> of the first entity whose id is greater than <paramref name="afterId"/>.</summary>
    public int StartAfter(ReadOnlySpan<int> sorted, string afterId)
    {
        var low = 0;
        var high = sorted.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(_entities[sorted[middle]].Id, afterId) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
