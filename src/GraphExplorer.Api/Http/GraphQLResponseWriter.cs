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
        return WriteAsync(context, result, status, mediaType, cancellationToken);
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
