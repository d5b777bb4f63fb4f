using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Compressed rows of relationship positions per entity, one direction. Row <c>e</c> is
/// <c>Rows[Offsets[e]..Offsets[e + 1]]</c>, in relationship-id order, with each entry's type beside it in a byte, so
/// reading an entity's relationships of any types in id order is one scan of its row: no merge across types, and no
/// look into the relationship columns to filter. Each row is sorted on its own: the build compares ids only within an
/// entity's relationships, never across the whole graph.
/// </summary>
internal sealed class AdjacencyIndex
{
    private readonly int[] _offsets;
    private readonly int[] _rows;
    private readonly byte[] _types;

    private AdjacencyIndex(int[] offsets, int[] rows, byte[] types)
    {
        _offsets = offsets;
        _rows = rows;
        _types = types;
    }

    /// <param name="endOf">The entity at this direction's end of each relationship.</param>
    public static AdjacencyIndex Build(int entityCount, ReadOnlySpan<int> endOf, RelationshipColumns relationships)
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

        var rows = new int[endOf.Length];
        var fill = (int[])offsets.Clone();
        for (var r = 0; r < endOf.Length; r++)
        {
            rows[fill[endOf[r]]++] = r;
        }

        var types = new byte[rows.Length];
        for (var e = 0; e < entityCount; e++)
        {
            SortById(rows.AsSpan(offsets[e], offsets[e + 1] - offsets[e]), relationships.Ids);
        }

        for (var i = 0; i < rows.Length; i++)
        {
            types[i] = (byte)relationships.TypeAt(rows[i]);
        }

        return new AdjacencyIndex(offsets, rows, types);
    }

    public int Degree(int entity) => _offsets[entity + 1] - _offsets[entity];

    /// <summary>The relationship positions of <paramref name="entity"/> in id order.</summary>
    public ReadOnlySpan<int> Row(int entity) => _rows.AsSpan(_offsets[entity], Degree(entity));

    /// <summary>The type of each entry of <see cref="Row"/>.</summary>
    public ReadOnlySpan<byte> RowTypes(int entity) => _types.AsSpan(_offsets[entity], Degree(entity));

    /// <summary>Where the entity's row starts and ends in the shared arrays, for an iterator that cannot hold a span.</summary>
    public (int Start, int End) Bounds(int entity) => (_offsets[entity], _offsets[entity + 1]);

    public int PositionAt(int index) => _rows[index];

    public RelationshipType TypeAt(int index) => (RelationshipType)_types[index];

    /// <summary>
    /// Sorts a row by id. The ids of one entity's relationships tend to share a long start (the entity's own id, the
    /// type): it is measured once and the comparisons begin after it.
    /// </summary>
    private static void SortById(Span<int> row, Utf8Ids ids)
    {
        if (row.Length < 2)
        {
            return;
        }

        var first = ids[row[0]];
        var shared = first.Length;
        for (var i = 1; i < row.Length && shared > 0; i++)
        {
            shared = Math.Min(shared, first.CommonPrefixLength(ids[row[i]]));
        }

        row.Sort(new IdAfter(ids, shared));
    }

    /// <summary>Orders ids that all begin with the same <paramref name="shared"/> bytes.</summary>
    private readonly struct IdAfter(Utf8Ids ids, int shared) : IComparer<int>
    {
        public int Compare(int x, int y) => Utf8Ids.CompareOrdinal(ids[x][shared..], ids[y][shared..]);
    }
}
