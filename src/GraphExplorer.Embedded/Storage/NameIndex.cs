using GraphExplorer.Core.Model;
using GraphExplorer.Core.Traversal;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Lower-cased names and aliases sorted ordinally, so exact and prefix matches are a binary
/// search; a contains match reads the trigram postings of the text and verifies those keys only
/// (texts shorter than a trigram scan the keys).
/// </summary>
public sealed class NameIndex
{
    private readonly string[] _keys;
    private readonly int[] _entities;
    private readonly TrigramIndex _trigrams;

    private NameIndex(string[] keys, int[] entities, TrigramIndex trigrams)
    {
        _keys = keys;
        _entities = entities;
        _trigrams = trigrams;
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
        return new NameIndex(keyArray, ownerArray, TrigramIndex.Build(keyArray));
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

        if (normalizedText.Length >= TrigramIndex.MinimumLength)
        {
            foreach (var i in _trigrams.Candidates(normalizedText))
            {
                if (_keys[i].Contains(normalizedText, StringComparison.Ordinal))
                {
                    Keep(matches, _entities[i], SearchRank.Contains);
                }
            }
        }
        else
        {
            for (var i = 0; i < _keys.Length; i++)
            {
                if (_keys[i].Contains(normalizedText, StringComparison.Ordinal))
                {
                    Keep(matches, _entities[i], SearchRank.Contains);
                }
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
