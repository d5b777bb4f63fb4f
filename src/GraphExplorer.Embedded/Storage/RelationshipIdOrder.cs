using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Relationship positions in ordinal order of their ids, computed once per build so that
/// everything after it (adjacency order, duplicate detection, merging rows) compares ints.
/// </summary>
internal static class RelationshipIdOrder
{
    private const int ParallelThreshold = 1 << 16;

    /// <summary>The positions sorted by id.</summary>
    /// <exception cref="InvalidOperationException">Two relationships share an id.</exception>
    public static int[] Sort(Relationship[] relationships)
    {
        var count = relationships.Length;
        var ids = new string[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = relationships[i].Id;
            order[i] = i;
        }

        if (!IsSorted(ids))
        {
            if (count < ParallelThreshold || Environment.ProcessorCount < 2)
            {
                Array.Sort(ids, order, StringComparer.Ordinal);
            }
            else
            {
                (ids, order) = SortInTwoHalves(ids, order);
            }
        }

        for (var i = 1; i < count; i++)
        {
            if (string.Equals(ids[i - 1], ids[i], StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"A relationship with the id '{ids[i]}' was already added.");
            }
        }

        return order;
    }

    private static bool IsSorted(string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if (string.CompareOrdinal(ids[i - 1], ids[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    // Each half sorts on its own core, then one merge; the sort is most of a large build.
    private static (string[] Ids, int[] Order) SortInTwoHalves(string[] ids, int[] order)
    {
        var half = ids.Length / 2;
        Parallel.Invoke(
            () => Array.Sort(ids, order, 0, half, StringComparer.Ordinal),
            () => Array.Sort(ids, order, half, ids.Length - half, StringComparer.Ordinal));
        var mergedIds = new string[ids.Length];
        var mergedOrder = new int[ids.Length];
        int left = 0, right = half, k = 0;
        while (left < half && right < ids.Length)
        {
            if (string.CompareOrdinal(ids[left], ids[right]) <= 0)
            {
                mergedIds[k] = ids[left];
                mergedOrder[k++] = order[left++];
            }
            else
            {
                mergedIds[k] = ids[right];
                mergedOrder[k++] = order[right++];
            }
        }

        for (; left < half; left++, k++)
        {
            mergedIds[k] = ids[left];
            mergedOrder[k] = order[left];
        }

        for (; right < ids.Length; right++, k++)
        {
            mergedIds[k] = ids[right];
            mergedOrder[k] = order[right];
        }

        return (mergedIds, mergedOrder);
    }
}
