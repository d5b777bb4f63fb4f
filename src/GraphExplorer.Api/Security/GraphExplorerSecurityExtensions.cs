using System.Threading.RateLimiting;

using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Security;

public static class GraphExplorerSecurityExtensions
{
    public const string CorsPolicyName = "GraphExplorer";

    /// <summary>
    /// Write gate (API keys, bearer tokens), CORS, per-client rate limiting of <c>/graphql</c> and no
    /// <c>Server</c> header, from <see cref="SecurityOptions"/> (<c>GraphExplorer:Security</c>).
    /// </summary>
    public static WebApplicationBuilder AddGraphExplorerSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddGraphQLWriteGate();

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<SecurityOptions>, IHostEnvironment>((cors, security, environment) =>
            cors.AddPolicy(CorsPolicyName, policy =>
            {
                var origins = security.Value.AllowedOrigins;
                if (origins.Contains("*") || (origins.Count == 0 && environment.IsDevelopment()))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins([.. origins]);
                }

                policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
                    .WithHeaders("Content-Type", "Accept", "Authorization", CredentialChecker.ApiKeyHeader)
                    .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            }));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>, CredentialChecker>((limiter, security, credentials) =>
        {
            var settings = security.Value.RateLimit;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            if (!settings.Enabled)
            {
                return;
            }

            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!context.Request.Path.StartsWithSegments("/graphql"))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var client = credentials.Check(context).ClientId ?? "ip:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.PermitLimit,
                    Window = settings.Window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = (rejected, cancellationToken) => RateLimitRejection.WriteAsync(rejected, settings, cancellationToken);
        });
        return builder;
    }

    /// <summary>Security headers on every answer, then CORS, then the rate limiter when it is on; call before mapping endpoints.</summary>
    public static WebApplication UseGraphExplorerSecurity(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            SecurityHeaders.Apply(context.Response);
            return next(context);
        });
        app.UseCors(CorsPolicyName);
        // Off, the limiter and its headers would still cost every request a partition lookup and a lease. Read from the
        // configuration, not the options, so that a bad setting is still reported by the options' check at start.
        var rateLimit = app.Configuration.GetSection($"{SecurityOptions.SectionName}:{nameof(SecurityOptions.RateLimit)}").Get<RateLimitSettings>();
        if (rateLimit?.Enabled ?? new RateLimitSettings().Enabled)
        {
            app.UseRateLimiter();
            app.Use((context, next) =>
            {
                RateLimitHeaders.Apply(context);
                return next(context);
            });
        }

        return app;
    }
}
