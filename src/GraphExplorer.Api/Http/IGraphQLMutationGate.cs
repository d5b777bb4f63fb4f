using Microsoft.AspNetCore.Http;

namespace GraphExplorer.Api.Http;

/// <summary>
/// Decides whether a request may run a mutation. When one is registered, the endpoint asks it before
/// executing any mutation operation; when none is, mutations run like queries.
/// </summary>
public interface IGraphQLMutationGate
{
    MutationAccess Authorize(HttpContext context);
}
