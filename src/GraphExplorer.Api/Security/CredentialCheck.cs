namespace GraphExplorer.Api.Security;

/// <summary>
/// What a request's credential turned out to be. <see cref="ClientId"/> names the matching configured
/// credential (never the secret itself), for rate limiting per client.
/// </summary>
internal sealed record CredentialCheck(bool Presented, string? ClientId)
{
    public static CredentialCheck None { get; } = new(false, null);

    public static CredentialCheck Invalid { get; } = new(true, null);

    public bool IsValid => ClientId is not null;

    public static CredentialCheck Valid(string clientId) => new(true, clientId);
}
