using System.Net;
using System.Text.Json;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>What a test looks at in an answer: status, headers and the JSON body, if any.</summary>
public sealed record GraphQLHttpResponse(HttpStatusCode Status, string? ContentType, string Allow, string Text)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    public bool HasData => Json.TryGetProperty("data", out _);

    public JsonElement Data => Json.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Json.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public IReadOnlyList<string> ErrorMessages =>
        [.. Errors.Select(error => error.GetProperty("message").GetString()!)];

    public IReadOnlyList<string> ErrorCodes =>
        [.. Errors.Select(error => error.GetProperty("extensions").GetProperty("code").GetString()!)];

    public static async Task<GraphQLHttpResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return new GraphQLHttpResponse(
            response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            string.Join(", ", response.Content.Headers.Allow),
            text);
    }
}
