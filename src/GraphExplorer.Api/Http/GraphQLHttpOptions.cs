namespace GraphExplorer.Api.Http;

/// <summary>
/// Limits and switches of the GraphQL-over-HTTP endpoint, bound from <c>GraphExplorer:Http</c>
/// and validated at start.
/// </summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphExplorer:Http";

    /// <summary>Largest POST body read, in bytes; a larger body is refused with 413 before it is parsed.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest <c>variables</c> object, in bytes of its JSON text.</summary>
    public int MaxVariablesBytes { get; set; } = 64 * 1024;

    /// <summary>Longest GraphQL document, in characters.</summary>
    public int MaxQueryLength { get; set; } = 16 * 1024;

    /// <summary>Time one request may execute before it is cancelled with a <c>TIMEOUT</c> error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// When false, documents that use <c>__schema</c> or <c>__type</c> are refused and the SDL
    /// is not served.
    /// </summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>
    /// How many documents Apollo's automatic persisted queries may register (sent once with their SHA-256, then run by
    /// the hash alone). The oldest-used are forgotten first; 0 turns persisted queries off.
    /// </summary>
    public int MaxPersistedQueries { get; set; } = 1000;

    /// <summary>
    /// How many validated documents are kept by their query text, so a repeated query skips parsing and the
    /// specification's validation (see <see cref="ValidatedDocuments"/>); 0 turns the cache off.
    /// </summary>
    public int MaxCachedDocuments { get; set; } = 1000;

    /// <summary>Most operations in one batched POST (a JSON array of requests); 1 allows no batches.</summary>
    public int MaxBatchSize { get; set; } = 10;
}
