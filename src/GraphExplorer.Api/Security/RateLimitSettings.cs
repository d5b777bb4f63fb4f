namespace GraphExplorer.Api.Security;

/// <summary>
/// A fixed window per client: a client with a valid API key or bearer token is counted by that credential,
/// any other by its IP address. Requests past <see cref="PermitLimit"/> in one window get 429 with <c>Retry-After</c>.
/// </summary>
public sealed class RateLimitSettings
{
    public bool Enabled { get; set; } = true;

    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
