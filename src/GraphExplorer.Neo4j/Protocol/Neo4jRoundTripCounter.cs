namespace GraphExplorer.Neo4j.Protocol;

/// <summary>
/// Counts HTTP round-trips to Neo4j (retries included), overall and per async flow, so a test can check that
/// a GraphQL request costs at most one round-trip per root field.
/// </summary>
public sealed class Neo4jRoundTripCounter
{
    private readonly AsyncLocal<Scope?> _current = new();
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    /// <summary>Counts the round-trips of the calling flow (and the tasks it starts) until disposed.</summary>
    public Scope BeginScope()
    {
        var scope = new Scope(this, _current.Value);
        _current.Value = scope;
        return scope;
    }

    internal void Record()
    {
        Interlocked.Increment(ref _total);
        for (var scope = _current.Value; scope is not null; scope = scope.Parent)
        {
            scope.Increment();
        }
    }

    public sealed class Scope : IDisposable
    {
        private readonly Neo4jRoundTripCounter _owner;
        private long _count;

        internal Scope(Neo4jRoundTripCounter owner, Scope? parent)
        {
            _owner = owner;
            Parent = parent;
        }

        public long Count => Interlocked.Read(ref _count);

        internal Scope? Parent { get; }

        internal void Increment() => Interlocked.Increment(ref _count);

        public void Dispose()
        {
            if (_owner._current.Value == this)
            {
                _owner._current.Value = Parent;
            }
        }
    }
}
