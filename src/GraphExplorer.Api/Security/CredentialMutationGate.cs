using System.Security.Claims;
using GraphExplorer.Api.Http;

namespace GraphExplorer.Api.Security;

/// <summary>Lets only requests with a configured API key or bearer token write; with none configured, nobody writes.</summary>
internal sealed class CredentialMutationGate(CredentialChecker checker) : IGraphQLMutationGate
{
    /// <summary>The scheme of the identity a writing request runs as, named after its credential ("api-key:0").</summary>
    public const string AuthenticationType = "GraphExplorerCredential";

    public MutationAccess Authorize(HttpContext context)
    {
        var check = checker.Check(context);
        if (!check.IsValid)
        {
            return check.Presented ? MutationAccess.WrongCredentials : MutationAccess.MissingCredentials;
        }

        // The writes record who made them; the name is the credential's place in the configuration, never the secret.
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, check.ClientId!)], AuthenticationType));
        return MutationAccess.Allowed;
    }
}
