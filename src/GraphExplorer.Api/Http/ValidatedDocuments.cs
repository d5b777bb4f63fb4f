using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Http;

/// <summary>
/// Documents that passed the specification's validation, by their exact query text, so a repeated query is neither
/// parsed nor run through those rules again: they look at the document alone, never at variables (GraphQL.NET's
/// <c>MemoryDocumentCache</c> rests on the same fact). Our own rules, which read variables or the chosen operation
/// (complexity with <c>first</c>/<c>limit</c>, aliases, root fields, operation kinds), still run on every request.
/// At most <see cref="GraphQLHttpOptions.MaxCachedDocuments"/> documents of at most <c>MaxQueryLength</c> characters;
/// the least used are dropped first.
/// </summary>
internal sealed class ValidatedDocuments : IDisposable
{
    private readonly MemoryCache? _cache;

    public ValidatedDocuments(IOptions<GraphQLHttpOptions> options)
    {
        var size = options.Value.MaxCachedDocuments;
        _cache = size > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = size, CompactionPercentage = 0.1 }) : null;
    }

    public bool TryGet(string query, out GraphQLDocument? document)
    {
        document = null;
        return _cache is not null && _cache.TryGetValue(query, out document);
    }

    /// <summary>Keeps a document the executer validated and ran (<c>ExecutionResult.Executed</c>).</summary>
    public void Add(string query, GraphQLDocument document) =>
        _cache?.Set(query, document, new MemoryCacheEntryOptions { Size = 1 });

    public void Dispose() => _cache?.Dispose();
}
