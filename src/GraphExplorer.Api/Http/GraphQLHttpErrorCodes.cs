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

    /// <summary>Apollo's automatic persisted queries: the hash is not registered; send the query with it.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Apollo's automatic persisted queries are turned off (<c>MaxPersistedQueries</c> 0): send the query.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The query sent with a persisted-query hash does not hash to it; nothing ran.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
}
