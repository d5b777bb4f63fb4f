using GraphQL;

namespace GraphExplorer.Api.Http;

/// <summary>
/// The parameters of one GraphQL-over-HTTP request, whichever method carried them. <see cref="Query"/> is null when the
/// request names a persisted query by its hash instead (see <see cref="PersistedQueries"/>).
/// </summary>
internal sealed record GraphQLHttpRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
