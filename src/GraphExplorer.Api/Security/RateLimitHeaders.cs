using System.Globalization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Security;

/// <summary>
/// Tells a client of <c>/graphql</c> where it stands against the rate limit, in the headers of the IETF draft
/// "RateLimit header fields for HTTP": <c>RateLimit-Limit</c> (permits per window), <c>RateLimit-Remaining</c> (left in
/// this window, after this request) and <c>RateLimit-Reset</c> (seconds until the window may renew, at most its length).
/// </summary>
internal static class RateLimitHeaders
{
    public static void Apply(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.RateLimit;
        if (!settings.Enabled || !context.Request.Path.StartsWithSegments("/graphql") ||
            context.RequestServices.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter is not { } limiter ||
            limiter.GetStatistics(context) is not { } statistics)
        {
            return;
        }

        context.Response.OnStarting(() =>
        {
            // Read when the answer starts: a batch may have taken more permits meanwhile.
            var remaining = limiter.GetStatistics(context)?.CurrentAvailablePermits ?? statistics.CurrentAvailablePermits;
            var headers = context.Response.Headers;
            headers["RateLimit-Limit"] = settings.PermitLimit.ToString(CultureInfo.InvariantCulture);
            headers["RateLimit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
            headers["RateLimit-Reset"] = Math.Max(1, (int)Math.Ceiling(settings.Window.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
    }
}
