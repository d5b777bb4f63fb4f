using GraphQL.DataLoader;

namespace GraphExplorer.Api.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while one level of the query executes, then
/// fetches them all with one call when the first result is awaited. Results are cached for
/// the rest of the request. GraphQL.NET awaits <see cref="IDataLoaderResult"/>s only after the
/// whole level has been resolved, which is what makes the batching work.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue?> _cache = new(comparer);
    private readonly HashSet<TKey> _pending = new(comparer);
    private Task? _dispatch;


    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return LoaderResult.Completed(cached);
            }

            _pending.Add(key);
            return new Pending(this, key);
        }
    }

    /// <summary>Remembers values that arrived with another answer, so they are not fetched again.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_cache)
        {
            _cache.TryAdd(key, value);
        }
    }

    private async Task<TValue?> ResultAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task dispatch;
            lock (_cache)
            {
                if (_cache.TryGetValue(key, out var value))
                {
                    return value;
                }

                if (!_pending.Contains(key) && _dispatch is null)
                {
                    // Asked for before a dispatch that has since finished without it: it does not exist.
                    _cache[key] = default;
                    continue;
                }

                dispatch = _dispatch ??= DispatchAsync(cancellationToken);
            }

            await dispatch.ConfigureAwait(false);
            lock (_cache)
            {
                if (ReferenceEquals(_dispatch, dispatch))
                {
                    _dispatch = null;
                }
            }
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        lock (_cache)
        {
            keys = _pending.Where(k => !_cache.ContainsKey(k)).ToList();
            _pending.Clear();
        }

        if (keys.Count == 0)
        {
            return;
        }

        var values = await fetch(keys, cancellationToken).ConfigureAwait(false);
        lock (_cache)
        {
            foreach (var key in keys)
            {
                _cache[key] = values.TryGetValue(key, out var value) ? value : default;
            }
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
