using GraphExplorer.Core.Store;

namespace GraphExplorer.Api.Http;

/// <summary>
/// The <c>extensions.code</c> values the HTTP layer adds to those of the store
/// (<see cref="GraphExplorer.Core.Store.ErrorCodes"/>) and of GraphQL.NET (parse and validation codes).
/// </summary>
public static class GraphQLHttpErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string Timeout = ErrorCodes.Timeout;
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
}
