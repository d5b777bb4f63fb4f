using System.Security.Cryptography;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Api.Http;

/// <summary>Writes execution results and refusals with the status code the spec gives each media type.</summary>
internal sealed class GraphQLResponseWriter(IGraphQLSerializer serializer)
{
    /// <summary>
    /// With <c>application/graphql-response+json</c>, a request that never executed (parse, validation
    /// or variable errors) gets 400; everything else gets 200.
    /// </summary>
    public Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType, CancellationToken cancellationToken)
    {
        var status = mediaType == GraphQLMediaTypes.GraphQLResponseJson && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return HttpMethods.IsGet(context.Request.Method) && status == StatusCodes.Status200OK && result.Errors is not { Count: > 0 }
            ? WriteValidatedAsync(context, result, mediaType, cancellationToken)
            : WriteAsync(context, result, status, mediaType, cancellationToken);
    }

    /// <summary>
    /// A successful GET carries a validator: a weak ETag of its body (weak, since compression may re-encode it) and
    /// <c>Cache-Control: no-cache</c>, so a browser or CDN revalidates and gets 304 while the answer is unchanged.
    /// </summary>
    private async Task WriteValidatedAsync(HttpContext context, ExecutionResult result, string mediaType, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        var tag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..27]}\"", isWeak: true);
        var response = context.Response;
        response.Headers.ETag = tag.ToString();
        response.Headers.CacheControl = "no-cache";
        response.Headers.Append("Vary", "Accept");
        var matches = EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var sent) &&
                      sent.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false));
        if (matches)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType == GraphQLMediaTypes.GraphQLResponseJson
            ? GraphQLMediaTypes.GraphQLResponseJsonUtf8
            : GraphQLMediaTypes.JsonUtf8;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, cancellationToken);
    }

    public Task WriteRefusalAsync(HttpContext context, GraphQLHttpRequestException refusal, string mediaType, CancellationToken cancellationToken)
    {
        if (refusal.Allow is not null)
        {
            context.Response.Headers[HeaderNames.Allow] = refusal.Allow;
        }

        return WriteAsync(context, RefusalResult(refusal), refusal.StatusCode, mediaType, cancellationToken);
    }

    /// <summary>A batch is answered 200 with one result per operation, in order, whether each ran or was refused.</summary>
    public Task WriteBatchAsync(HttpContext context, IReadOnlyList<ExecutionResult> results, string mediaType, CancellationToken cancellationToken) =>
        WriteAsync(context, results, StatusCodes.Status200OK, mediaType, cancellationToken);

    /// <summary>The answer to a request refused before execution: one error with the refusal's code.</summary>
    public static ExecutionResult RefusalResult(GraphQLHttpRequestException refusal) => new()
    {
        Executed = false,
        Errors = [new ExecutionError(refusal.Message) { Code = refusal.Code }],
    };

    private async Task WriteAsync<T>(HttpContext context, T result, int status, string mediaType, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType == GraphQLMediaTypes.GraphQLResponseJson
            ? GraphQLMediaTypes.GraphQLResponseJsonUtf8
            : GraphQLMediaTypes.JsonUtf8;
        await serializer.WriteAsync(response.Body, result, cancellationToken);
    }
}
