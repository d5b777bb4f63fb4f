using GraphQL.DataLoader;

namespace GraphExplorer.Api.GraphQL.Loading;

/// <summary>Small pieces for composing batched results.</summary>
public static class LoaderResult
{
    public static IDataLoaderResult<T> Completed<T>(T value) => new Done<T>(value);

    /// <summary>A result that is already on its way (started without waiting for a batch).</summary>
    public static IDataLoaderResult<T> FromTask<T>(Task<T> task) => Completed(task).Then((started, _) => started);

    /// <summary>Continues with <paramref name="next"/> once <paramref name="result"/> has been loaded with its batch.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, CancellationToken, Task<TOut>> next) =>
        new Continued<TIn, TOut>(result, next);

    private sealed class Done<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Continued<TIn, TOut>(IDataLoaderResult<TIn> first, Func<TIn, CancellationToken, Task<TOut>> next)
        : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            await next(await first.GetResultAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
