using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Compressed rows of relationship positions per entity, one direction. Row <c>e</c> is
/// <c>Rows[Offsets[e]..Offsets[e + 1]]</c>, sorted by relationship type, then id. Each row is sorted on its own, so the
/// build compares ids only within an entity's relationships, never across the whole graph.
/// </summary>
internal sealed class AdjacencyIndex
{
    private readonly int[] _offsets;
    private readonly int[] _rows;
    private readonly RelationshipColumns _relationships;

    private AdjacencyIndex(int[] offsets, int[] rows, RelationshipColumns relationships)
    {
        _offsets = offsets;
        _rows = rows;
        _relationships = relationships;
    }

    /// <param name="endOf">The entity at this direction's end of each relationship.</param>
    /// <param name="byType">Every relationship position once, grouped by type (see <see cref="GroupByType"/>).</param>
    public static AdjacencyIndex Build(int entityCount, ReadOnlySpan<int> endOf, int[] byType, RelationshipColumns relationships)
    {
        var offsets = new int[entityCount + 1];
        foreach (var entity in endOf)
        {
            offsets[entity + 1]++;
        }

        for (var e = 0; e < entityCount; e++)
        {
            offsets[e + 1] += offsets[e];
        }

        // Filling the rows in type order leaves each row grouped by type: only the ids within a type are left to sort.
        var rows = new int[endOf.Length];
        var fill = (int[])offsets.Clone();
        foreach (var r in byType)
        {
            rows[fill[endOf[r]]++] = r;
        }

        for (var e = 0; e < entityCount; e++)
        {
            SortRow(rows.AsSpan(offsets[e], offsets[e + 1] - offsets[e]), relationships);
        }

        return new AdjacencyIndex(offsets, rows, relationships);
    }

    /// <summary>
    /// Sorts a row grouped by type by id within each type. The ids of one entity's relationships of one type tend to share a long start (the
    /// entity's own id, the type): it is measured once per run and the comparisons begin after it.
    /// </summary>
    private static void SortRow(Span<int> row, RelationshipColumns relationships)
    {
        if (row.Length < 2)
        {
            return;
        }

        var ids = relationships.Ids;
        for (var start = 0; start < row.Length;)
        {
            var type = relationships.TypeAt(row[start]);
            var end = start + 1;
            var first = ids[row[start]];
            var shared = first.Length;
            while (end < row.Length && relationships.TypeAt(row[end]) == type)
            {
                shared = Math.Min(shared, first.CommonPrefixLength(ids[row[end]]));
                end++;
            }

            if (end - start > 1)
            {
                row[start..end].Sort(new IdAfter(ids, shared));
            }

            start = end;
        }
    }

    public int Degree(int entity) => _offsets[entity + 1] - _offsets[entity];

    /// <summary>The relationship positions of <paramref name="entity"/>, sorted by type, then id.</summary>
    public ReadOnlySpan<int> Row(int entity) => _rows.AsSpan(_offsets[entity], _offsets[entity + 1] - _offsets[entity]);

    /// <summary>Adds the row ranges of <paramref name="entity"/> for each wanted type (one range for all types).</summary>
    public void AddRanges(int entity, IReadOnlySet<RelationshipType>? types, List<(int[] Rows, int Start, int End)> ranges)
    {
        var start = _offsets[entity];
        var end = _offsets[entity + 1];
        if (start == end)
        {
            return;
        }

        if (types is null || types.Count == 0)
        {
            // One row sorted by (type, id) is not in id order across types: split it per type.
            var runStart = start;
            for (var i = start + 1; i <= end; i++)
            {
                if (i == end || _relationships.TypeAt(_rows[i]) != _relationships.TypeAt(_rows[runStart]))
                {
                    ranges.Add((_rows, runStart, i));
                    runStart = i;
                }
            }

            return;
        }

        foreach (var type in types)
        {
            var first = LowerBound(start, end, type);
            var last = LowerBound(first, end, type + 1);
            if (first < last)
            {
                ranges.Add((_rows, first, last));
            }
        }
    }

    /// <summary>The relationship positions ordered by type (a counting sort: one pass to count, one to place).</summary>
    public static int[] GroupByType(RelationshipColumns relationships)
    {
        var starts = new int[256 + 1];
        for (var r = 0; r < relationships.Count; r++)
        {
            starts[(int)relationships.TypeAt(r) + 1]++;
        }

        for (var t = 1; t < starts.Length; t++)
        {
            starts[t] += starts[t - 1];
        }

        var grouped = new int[relationships.Count];
        for (var r = 0; r < relationships.Count; r++)
        {
            grouped[starts[(int)relationships.TypeAt(r)]++] = r;
        }

        return grouped;
    }

    private int LowerBound(int start, int end, RelationshipType type)
    {
        while (start < end)
        {
            var middle = start + ((end - start) / 2);
            if (_relationships.TypeAt(_rows[middle]) < type)
            {
                start = middle + 1;
            }
            else
            {
                end = middle;
            }
        }

        return start;
    }

    /// <summary>Orders ids that all begin with the same <paramref name="shared"/> bytes.</summary>
    private readonly struct IdAfter(Utf8Ids ids, int shared) : IComparer<int>
    {
        public int Compare(int x, int y) => Utf8Ids.CompareOrdinal(ids[x][shared..], ids[y][shared..]);
    }
}
