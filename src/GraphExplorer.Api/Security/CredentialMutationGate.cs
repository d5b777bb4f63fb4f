using GraphExplorer.Api.Http;

namespace GraphExplorer.Api.Security;

/// <summary>Lets only requests with a configured API key or bearer token write; with none configured, nobody writes.</summary>
internal sealed class CredentialMutationGate(CredentialChecker checker) : IGraphQLMutationGate
{
    public MutationAccess Authorize(HttpContext context)
    {
        var check = checker.Check(context);
        return !check.Presented ? MutationAccess.MissingCredentials
            : check.IsValid ? MutationAccess.Allowed
            : MutationAccess.WrongCredentials;
    }
}
