using System.Buffers;
using System.Text;

namespace GraphExplorer.Embedded.Storage;

/// <summary>
/// Finds the position of an id among <see cref="Utf8Ids"/>: one flat array of slots probed linearly from the id's hash,
/// each slot holding a position plus one (0 is empty). No string and no entry object per id; a lookup hashes the bytes
/// it is given, so the reader's UTF-8 field is looked up as it lies in the file. The hash is seeded per process
/// (<see cref="HashCode"/>), so no file can be made to collide on purpose.
/// </summary>
internal sealed class IdIndex
{
    private readonly Utf8Ids _ids;
    private int[] _slots;
    private int _count;

    public IdIndex(Utf8Ids ids, int expectedCount = 0)
    {
        _ids = ids;
        _slots = new int[SlotsFor(Math.Max(expectedCount, 4))];
    }

    public int Count => _count;

    /// <summary>Indexes the id at <paramref name="position"/>; returns the position already holding the same id, or -1.</summary>
    public int Add(int position)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        var id = _ids[position];
        var mask = _slots.Length - 1;
        for (var slot = Hash(id) & mask; ; slot = (slot + 1) & mask)
        {
            var held = _slots[slot] - 1;
            if (held < 0)
            {
                _slots[slot] = position + 1;
                _count++;
                return -1;
            }

            if (_ids[held].SequenceEqual(id))
            {
                return held;
            }
        }
    }

    public bool TryFind(ReadOnlySpan<byte> id, out int position)
    {
        var mask = _slots.Length - 1;
        for (var slot = Hash(id) & mask; ; slot = (slot + 1) & mask)
        {
            position = _slots[slot] - 1;
            if (position < 0)
            {
                return false;
            }

            if (_ids[position].SequenceEqual(id))
            {
                return true;
            }
        }
    }

    public bool TryFind(ReadOnlySpan<char> id, out int position)
    {
        var most = Encoding.UTF8.GetMaxByteCount(id.Length);
        byte[]? rented = null;
        var buffer = most <= 512 ? stackalloc byte[most] : (rented = ArrayPool<byte>.Shared.Rent(most));
        try
        {
            return TryFind(buffer[..Encoding.UTF8.GetBytes(id, buffer)], out position);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new int[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var held in old)
        {
            if (held == 0)
            {
                continue;
            }

            var slot = Hash(_ids[held - 1]) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = held;
        }
    }

    private static int SlotsFor(int count)
    {
        // At most half full: linear probing stays short.
        var slots = 8;
        while (slots < count * 2L)
        {
            slots *= 2;
        }

        return slots;
    }

    private static int Hash(ReadOnlySpan<byte> id)
    {
        var hash = default(HashCode);
        hash.AddBytes(id);
        return hash.ToHashCode() & int.MaxValue;
    }
}
