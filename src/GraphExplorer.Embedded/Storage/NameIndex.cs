using GraphExplorer.Core.Model;
using GraphExplorer.Core.Traversal;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Lower-cased names and aliases sorted ordinally, so exact and prefix matches are a binary
/// search; a contains match scans the keys once without touching the entities.
/// </summary>
public sealed class NameIndex
{
    private readonly string[] _keys;
    private readonly int[] _entities;

    private NameIndex(string[] keys, int[] entities)
    {
        _keys = keys;
        _entities = entities;
    }

    internal static NameIndex Build(Entity[] entities)
    {
        var keys = new List<string>(entities.Length);
        var owners = new List<int>(entities.Length);
        for (var i = 0; i < entities.Length; i++)
        {
            keys.Add(SearchRanking.Normalize(entities[i].Name));
            owners.Add(i);
            foreach (var alias in entities[i].Aliases)
            {
                keys.Add(SearchRanking.Normalize(alias));
                owners.Add(i);
            }
        }

        var keyArray = keys.ToArray();
        var ownerArray = owners.ToArray();
        Array.Sort(keyArray, ownerArray, StringComparer.Ordinal);
        return new NameIndex(keyArray, ownerArray);
    }

    /// <summary>Every entity position whose name or an alias contains <paramref name="normalizedText"/>, with its best rank.</summary>
    public Dictionary<int, SearchRank> Match(string normalizedText)
    {
        var matches = new Dictionary<int, SearchRank>();
        var first = LowerBound(normalizedText);
        for (var i = first; i < _keys.Length && _keys[i].StartsWith(normalizedText, StringComparison.Ordinal); i++)
        {
            var rank = _keys[i].Length == normalizedText.Length ? SearchRank.Exact : SearchRank.Prefix;
            Keep(matches, _entities[i], rank);
        }

        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i].Contains(normalizedText, StringComparison.Ordinal))
            {
                Keep(matches, _entities[i], SearchRank.Contains);
            }
        }

        return matches;
    }

    private static void Keep(Dictionary<int, SearchRank> matches, int entity, SearchRank rank)
    {
        if (!matches.TryGetValue(entity, out var existing) || rank < existing)
        {
            matches[entity] = rank;
        }
    }

    private int LowerBound(string text)
    {
        var low = 0;
        var high = _keys.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(_keys[middle], text) < 0)
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
