namespace GraphExplorer.Api.Security;

/// <summary>
/// Who may write, which browser origins may call, and how often one client may ask. Bound from
/// <c>GraphExplorer:Security</c> and validated at start.
/// </summary>
public sealed class SecurityOptions
{
    public const string SectionName = "GraphExplorer:Security";

    /// <summary>
    /// Keys accepted in the <c>X-Api-Key</c> header for writes (mutations). None by default: the API is read-only.
    /// </summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Tokens accepted as <c>Authorization: Bearer …</c> for writes. None by default.</summary>
    public List<string> BearerTokens { get; set; } = [];

    /// <summary>
    /// Origins a browser may call the API from (<c>https://explorer.example.com</c>). Empty: no cross-origin
    /// calls, except in the Development environment, where any origin may call.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public RateLimitSettings RateLimit { get; set; } = new();
}
