using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Compressed rows of relationship positions per entity, one direction. Row <c>e</c> is
/// <c>Rows[Offsets[e]..Offsets[e + 1]]</c>, sorted by relationship type, then id.
/// </summary>
internal sealed class AdjacencyIndex
{
    private readonly int[] _offsets;
    private readonly int[] _rows;
    private readonly Relationship[] _relationships;

    private AdjacencyIndex(int[] offsets, int[] rows, Relationship[] relationships)
    {
        _offsets = offsets;
        _rows = rows;
        _relationships = relationships;
    }

    /// <param name="endOf">The entity at this direction's end of each relationship.</param>
    /// <param name="byTypeThenId">Every relationship position once, ordered by type, then id.</param>
    public static AdjacencyIndex Build(int entityCount, int[] endOf, int[] byTypeThenId, Relationship[] relationships)
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

        // Filling the rows in (type, id) order leaves every row sorted without comparing anything.
        var rows = new int[relationships.Length];
        var fill = (int[])offsets.Clone();
        foreach (var r in byTypeThenId)
        {
            rows[fill[endOf[r]]++] = r;
        }

        return new AdjacencyIndex(offsets, rows, relationships);
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
                if (i == end || _relationships[_rows[i]].Type != _relationships[_rows[runStart]].Type)
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

    private int LowerBound(int start, int end, RelationshipType type)
    {
        while (start < end)
        {
            var middle = start + ((end - start) / 2);
            if (_relationships[_rows[middle]].Type < type)
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
}
