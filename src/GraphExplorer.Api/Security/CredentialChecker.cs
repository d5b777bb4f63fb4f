using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Api.Security;

/// <summary>
/// Reads the credential a request presents (<c>X-Api-Key</c> or <c>Authorization: Bearer</c>) and checks it
/// against the configured ones in constant time: both sides are hashed to equal length and every configured
/// secret is compared, match or not.
/// </summary>
internal sealed class CredentialChecker(IOptions<SecurityOptions> options)
{
    public const string ApiKeyHeader = "X-Api-Key";
    private const string BearerPrefix = "Bearer ";

    private readonly byte[][] _apiKeys = [.. options.Value.ApiKeys.Select(Hash)];
    private readonly byte[][] _bearerTokens = [.. options.Value.BearerTokens.Select(Hash)];

    public CredentialCheck Check(HttpContext context)
    {
        var headers = context.Request.Headers;
        if (headers.TryGetValue(ApiKeyHeader, out var apiKey) && !string.IsNullOrEmpty(apiKey))
        {
            return Match(apiKey.ToString(), _apiKeys, "api-key");
        }

        var authorization = headers[HeaderNames.Authorization].ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Match(authorization[BearerPrefix.Length..].Trim(), _bearerTokens, "bearer");
        }

        return CredentialCheck.None;
    }

    private static CredentialCheck Match(string presented, byte[][] accepted, string kind)
    {
        var hash = Hash(presented);
        var matched = -1;
        for (var i = 0; i < accepted.Length; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, accepted[i]))
            {
                matched = i;
            }
        }

        return matched < 0 ? CredentialCheck.Invalid : CredentialCheck.Valid($"{kind}:{matched}");
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
