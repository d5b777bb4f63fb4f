using GraphQL;

namespace GraphExplorer.Api.Http;

/// <summary>The parameters of one GraphQL-over-HTTP request, whichever method carried them.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
