using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Security;

internal sealed class SecurityOptionsValidator : IValidateOptions<SecurityOptions>
{
    /// <summary>Shorter secrets are guessable within the rate limit; refuse to start with one.</summary>
    public const int MinSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        var section = SecurityOptions.SectionName;
        var failures = new List<string>();
        CheckSecrets(failures, $"{section}:ApiKeys", options.ApiKeys);
        CheckSecrets(failures, $"{section}:BearerTokens", options.BearerTokens);

        foreach (var origin in options.AllowedOrigins)
        {
            if (origin != "*" && (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || origin.EndsWith('/')))
            {
                failures.Add($"{section}:AllowedOrigins holds '{origin}'; an origin is scheme, host and port only, e.g. https://explorer.example.com.");
            }
        }

        if (options.RateLimit.PermitLimit <= 0)
        {
            failures.Add($"{section}:RateLimit:PermitLimit must be positive; it is {options.RateLimit.PermitLimit}.");
        }

        if (options.RateLimit.Window <= TimeSpan.Zero)
        {
            failures.Add($"{section}:RateLimit:Window must be positive; it is {options.RateLimit.Window}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckSecrets(List<string> failures, string setting, List<string> secrets)
    {
        for (var i = 0; i < secrets.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(secrets[i]) || secrets[i].Length < MinSecretLength)
            {
                failures.Add($"{setting}:{i} must be at least {MinSecretLength} characters long.");
            }
        }
    }
}
