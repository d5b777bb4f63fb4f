using System.Net;

namespace GraphExplorer.Neo4j.Protocol;

/// <summary>
/// Neo4j could not be reached or refused a request. <see cref="Code"/> is Neo4j's status code
/// (<c>Neo.ClientError.Statement.SyntaxError</c>) when the server sent one; <see cref="IsTransient"/>
/// says whether trying again later may succeed.
/// </summary>
public sealed class Neo4jException(
    string message,
    string? code,
    HttpStatusCode? statusCode,
    bool isTransient,
    string? serverMessage = null,
    Exception? innerException = null)
    : Exception(message, innerException)
{
    public string? Code { get; } = code;

    public HttpStatusCode? StatusCode { get; } = statusCode;

    public bool IsTransient { get; } = isTransient;

    /// <summary>
    /// Neo4j did not answer in time. Not transient: the query may still be running on the server, so trying
    /// it again would only add load.
    /// </summary>
    public bool IsTimeout { get; init; }

    /// <summary>The message exactly as Neo4j sent it, without our advice around it.</summary>
    public string? ServerMessage { get; } = serverMessage;
}
