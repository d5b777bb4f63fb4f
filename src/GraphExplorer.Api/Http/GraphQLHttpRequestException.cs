namespace GraphExplorer.Api.Http;

/// <summary>A request refused before execution: answered with <see cref="StatusCode"/> and one error.</summary>
internal sealed class GraphQLHttpRequestException(int statusCode, string code, string message, string? allow = null)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    /// <summary>The <c>Allow</c> header of a 405 answer.</summary>
    public string? Allow { get; } = allow;
}
