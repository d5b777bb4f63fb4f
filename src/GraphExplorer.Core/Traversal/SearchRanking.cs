using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Traversal;

/// <summary>The one definition of how search results are matched and ordered, shared by both stores.</summary>
public static class SearchRanking
{
    /// <summary>Case folding used for names, aliases and search text (Neo4j's <c>toLower</c> does the same for our data).</summary>
    public static string Normalize(string text) => text.ToLowerInvariant();

    /// <summary>The best rank of any of the entity's names, or null when none contains the text.</summary>
    public static SearchRank? RankOf(Entity entity, string normalizedText)
    {
        SearchRank? best = null;
        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            var key = Normalize(name);
            SearchRank? rank = key == normalizedText ? SearchRank.Exact
                : key.StartsWith(normalizedText, StringComparison.Ordinal) ? SearchRank.Prefix
                : key.Contains(normalizedText, StringComparison.Ordinal) ? SearchRank.Contains
                : null;
            if (rank < best || (best is null && rank is not null))
            {
                best = rank;
            }
        }

        return best;
    }

    /// <summary>Orders matches: rank, then name, then id (both ordinal).</summary>
    public static IReadOnlyList<Entity> Order(IEnumerable<(Entity Entity, SearchRank Rank)> matches, int first) =>
        matches
            .OrderBy(m => m.Rank)
            .ThenBy(m => m.Entity.Name, StringComparer.Ordinal)
            .ThenBy(m => m.Entity.Id, StringComparer.Ordinal)
            .Take(first)
            .Select(m => m.Entity)
            .ToList();
}
