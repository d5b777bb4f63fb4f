using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace GraphExplorer.Neo4j.Protocol;

/// <summary>
/// <see cref="INeo4jQueryClient"/> over Neo4j's HTTP Query API v2 (<c>/db/{database}/query/v2</c>), as a typed
/// <see cref="HttpClient"/> whose base address and auth header are set by <c>AddNeo4jQueryClient</c>.
/// </summary>
public sealed class Neo4jQueryClient(
    HttpClient http,
    IOptions<Neo4jOptions> options,
    ResiliencePipelineProvider<string> pipelines,
    Neo4jRoundTripCounter roundTrips) : INeo4jQueryClient
{
    /// <summary>The Polly pipeline that retries reads; registered by <c>AddNeo4jQueryClient</c>.</summary>
    public const string ReadPipelineName = "GraphExplorer.Neo4j.Read";

    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly Neo4jOptions _options = options.Value;

    private string QueryPath => $"db/{Uri.EscapeDataString(_options.Database)}/query/v2";

    public async Task<Neo4jResult> RunAsync(Neo4jQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var body = QueryRequestBody.For(query, inTransaction: false);
        if (query.AccessMode != Neo4jAccessMode.Read)
        {
            return (await SendAsync(HttpMethod.Post, QueryPath, body, null, null, cancellationToken)).Body.ToResult();
        }

        var pipeline = pipelines.GetPipeline(ReadPipelineName);
        var response = await pipeline.ExecuteAsync(
            async token => await SendAsync(HttpMethod.Post, QueryPath, body, null, null, token), cancellationToken);
        return response.Body.ToResult();
    }

    public async Task<INeo4jTransaction> BeginTransactionAsync(Neo4jTransactionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var body = QueryRequestBody.For(options, _options.QueryTimeout);
        var response = await SendAsync(HttpMethod.Post, $"{QueryPath}/tx", body, null, null, cancellationToken);
        var id = response.Body.Transaction?.Id ?? throw new Neo4jException(
            $"Neo4j at {_options.Uri} opened no transaction (its answer has no transaction.id). Explicit transactions " +
            "need Neo4j 5.26 or later.", null, response.Status, isTransient: false);
        return new Neo4jTransaction(this, id, response.Affinity, response.Body.Transaction?.Expires);
    }

    internal string TransactionPath(string id) => $"{QueryPath}/tx/{Uri.EscapeDataString(id)}";

    internal async Task<Neo4jResponse> SendAsync(
        HttpMethod method,
        string path,
        QueryRequestBody? body,
        string? affinity,
        string? transactionId,
        CancellationToken cancellationToken)
    {
        var context = new Neo4jRequestContext(http.BaseAddress ?? new Uri(_options.Uri!), _options.Database, _options.User, transactionId);
        using var request = new HttpRequestMessage(method, path);

        // Every request names its media type, even one without a body: the server reads a POST with no Content-Type
        // as a null request and answers 500 (see tests/GraphExplorer.Neo4j.Testing/StrictQueryApi.cs).
        request.Content = new ByteArrayContent(body is null ? [] : JsonSerializer.SerializeToUtf8Bytes(body, Neo4jJson.Options));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(Neo4jJson.MediaType);

        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.QueryTimeout);
        roundTrips.Record();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var parsed = await ReadBodyAsync(response, context, timeout.Token);
            var failure = Neo4jErrors.FromResponse(response.StatusCode, parsed?.Errors, context);
            if (failure is not null)
            {
                throw failure;
            }

            var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new Neo4jResponse(parsed ?? new QueryResponseBody(), response.StatusCode, newAffinity ?? affinity);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Neo4jErrors.TimedOut(context, _options.QueryTimeout, e);
        }
        catch (HttpRequestException e)
        {
            throw Neo4jErrors.Unreachable(context, e);
        }
        catch (IOException e)
        {
            throw Neo4jErrors.Unreachable(context, e);
        }
    }

    private static async Task<QueryResponseBody?> ReadBodyAsync(
        HttpResponseMessage response, Neo4jRequestContext context, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var isJson = mediaType is not null &&
                     (mediaType.StartsWith(Neo4jJson.MediaType, StringComparison.OrdinalIgnoreCase) ||
                      mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
        if (!isJson || response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        try
        {
            return await JsonSerializer.DeserializeAsync<QueryResponseBody>(stream, Neo4jJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or FormatException or OverflowException)
        {
            // A failure status says enough on its own; a success we cannot read is a protocol problem.
            return response.IsSuccessStatusCode ? throw Neo4jErrors.Unreadable(context, response.StatusCode, e) : null;
        }
    }
}
