using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace GraphExplorer.Api.Security;

/// <summary>The 429 answer: <c>Retry-After</c> in whole seconds and a GraphQL-shaped error with code <c>RATE_LIMITED</c>.</summary>
internal static class RateLimitRejection
{
    public const string Code = "RATE_LIMITED";

    public static async ValueTask WriteAsync(OnRejectedContext rejected, RateLimitSettings settings, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : settings.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        var message =
            $"Too many requests: this client may send {settings.PermitLimit} per {settings.Window.TotalSeconds:0.###} s " +
            $"({SecurityOptions.SectionName}:RateLimit). Retry after {seconds} s.";
        await JsonSerializer.SerializeAsync(
            response.Body,
            new { errors = new[] { new { message, extensions = new { code = Code } } } },
            cancellationToken: cancellationToken);
    }
}
