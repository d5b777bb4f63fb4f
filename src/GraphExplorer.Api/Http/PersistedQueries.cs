using System.Security.Cryptography;
using System.Text;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Http;

/// <summary>
/// Apollo's automatic persisted queries (<c>extensions.persistedQuery = {version: 1, sha256Hash}</c>): a request with
/// the hash alone runs the document registered under it, or is answered <c>PERSISTED_QUERY_NOT_FOUND</c> with the
/// message <c>PersistedQueryNotFound</c>, on which Apollo's link sends the query with its hash; that registers it once the
/// hash is checked to be the query's SHA-256. The registry is a size-bounded cache
/// (<see cref="GraphQLHttpOptions.MaxPersistedQueries"/> documents of at most <c>MaxQueryLength</c> characters each),
/// so no caller can grow it without bound.
/// </summary>
internal sealed class PersistedQueries : IDisposable
{
    private const string ExtensionName = "persistedQuery";
    private readonly MemoryCache? _cache;

    public PersistedQueries(IOptions<GraphQLHttpOptions> options)
    {
        var size = options.Value.MaxPersistedQueries;
        _cache = size > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = size, CompactionPercentage = 0.1 }) : null;
    }

    /// <summary>The document the request runs: its own query, or the one registered under its hash.</summary>
    /// <exception cref="GraphQLHttpRequestException">for a hash that is unknown, malformed or not the query's.</exception>
    public string Resolve(GraphQLHttpRequest request)
    {
        var hash = HashOf(request.Extensions);
        if (hash is null || _cache is null)
        {
            return request.Query ?? throw (hash is null
                ? BadRequest("The request has no 'query': send the GraphQL document as a string in 'query'.")
                : new GraphQLHttpRequestException(
                    StatusCodes.Status400BadRequest,
                    GraphQLHttpErrorCodes.PersistedQueryNotSupported,
                    "PersistedQueryNotSupported"));
        }

        if (request.Query is null)
        {
            return _cache.TryGetValue(hash, out string? known)
                ? known!
                : throw new GraphQLHttpRequestException(
                    StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound");
        }

        if (!string.Equals(Sha256Hex(request.Query), hash, StringComparison.Ordinal))
        {
            throw new GraphQLHttpRequestException(
                StatusCodes.Status400BadRequest,
                GraphQLHttpErrorCodes.PersistedQueryHashMismatch,
                "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent, so nothing ran. Send the lower-case hex " +
                "SHA-256 of the exact query text (UTF-8).");
        }

        _cache.Set(hash, request.Query, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromDays(1) });
        return request.Query;
    }

    public void Dispose() => _cache?.Dispose();

    internal static string Sha256Hex(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>The lower-cased hash of <c>extensions.persistedQuery</c>, or null when the request has none.</summary>
    private static string? HashOf(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(ExtensionName, out var value) || value is null)
        {
            return null;
        }

        if (value is not IReadOnlyDictionary<string, object?> persisted)
        {
            throw BadRequest("extensions.persistedQuery must be an object: {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}.");
        }

        var version = persisted.GetValueOrDefault("version");
        if (version is not IConvertible number || number is string || Convert.ToDouble(number, System.Globalization.CultureInfo.InvariantCulture) != 1)
        {
            throw BadRequest($"extensions.persistedQuery.version must be 1 (Apollo's automatic persisted queries); it is {version ?? "missing"}.");
        }

        return persisted.GetValueOrDefault("sha256Hash") is string hash && hash.Length == 64 && hash.All(char.IsAsciiHexDigit)
            ? hash.ToLowerInvariant()
            : throw BadRequest("extensions.persistedQuery.sha256Hash must be the SHA-256 of the query as 64 hex digits.");
    }

    private static GraphQLHttpRequestException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.BadRequest, message);
}
