using System.Net;

namespace GraphExplorer.Neo4j.Protocol;

/// <summary>Turns what Neo4j answered, or failed to, into a <see cref="Neo4jException"/> a person can act on.</summary>
internal static class Neo4jErrors
{
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string Forbidden = "Neo.ClientError.Security.Forbidden";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";
    public const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";
    private const string TransientPrefix = "Neo.TransientError.";

    private const string CredentialsAdvice =
        "Check GraphExplorer:Neo4j:User and GraphExplorer:Neo4j:Password (or GraphExplorer:Neo4j:Token for bearer auth).";

    /// <summary>Any <c>errors</c> entry is a failure, whatever the status (Neo4j answers 202 before it knows).</summary>
    public static Neo4jException? FromResponse(HttpStatusCode status, IReadOnlyList<Neo4jError>? errors, Neo4jRequestContext context)
    {
        if (errors is { Count: > 0 })
        {
            return FromError(status, errors[0], context);
        }

        var code = (int)status;
        return code switch
        {
            >= 200 and < 300 => null,
            401 => new Neo4jException(
                $"Neo4j at {context.Server} refused the credentials (HTTP 401). {CredentialsAdvice}",
                Unauthorized, status, isTransient: false),
            403 => Forbid(status, Forbidden, null, context),
            404 => new Neo4jException(
                $"Neo4j at {context.Server} has no Query API for database '{context.Database}' (HTTP 404). " +
                "Neo4j 5.25 or later serves /db/{database}/query/v2 by default (5.19–5.24: add QUERY_API_ENDPOINTS to " +
                "server.http_enabled_modules). Check GraphExplorer:Neo4j:Uri and GraphExplorer:Neo4j:Database.",
                null, status, isTransient: false),
            502 or 503 or 504 => new Neo4jException(
                $"Neo4j at {context.Server} is unavailable (HTTP {code}); it may be starting or overloaded. Try again shortly.",
                null, status, isTransient: true),
            _ => new Neo4jException(
                $"Neo4j at {context.Server} answered HTTP {code} without saying why.", null, status, isTransient: false),
        };
    }

    public static Neo4jException Unreachable(Neo4jRequestContext context, Exception cause) => new(
        $"Cannot reach Neo4j at {context.Server}: {cause.Message} Check GraphExplorer:Neo4j:Uri and that Neo4j is running.",
        null, null, isTransient: true, innerException: cause);

    public static Neo4jException TimedOut(Neo4jRequestContext context, TimeSpan timeout, Exception cause) => new(
        $"Neo4j at {context.Server} did not answer within {timeout.TotalSeconds:0.###} s " +
        "(GraphExplorer:Neo4j:QueryTimeout). The server may be overloaded, or the query too broad.",
        null, null, isTransient: false, innerException: cause)
    {
        IsTimeout = true,
    };

    public static Neo4jException Unreadable(Neo4jRequestContext context, HttpStatusCode status, Exception cause) => new(
        $"Neo4j at {context.Server} sent an answer that is not Query API typed JSON (HTTP {(int)status}): {cause.Message}",
        null, status, isTransient: false, innerException: cause);

    private static Neo4jException FromError(HttpStatusCode status, Neo4jError error, Neo4jRequestContext context)
    {
        var transient = error.Code.StartsWith(TransientPrefix, StringComparison.Ordinal) ||
                        status is HttpStatusCode.ServiceUnavailable;
        var said = $"{error.Code}: {error.Message}";
        if (error.Code == Unauthorized || status == HttpStatusCode.Unauthorized)
        {
            return new Neo4jException(
                $"Neo4j at {context.Server} refused the credentials ({said}). {CredentialsAdvice}",
                error.Code, status, transient, error.Message);
        }

        if (error.Code == Forbidden || status == HttpStatusCode.Forbidden)
        {
            return Forbid(status, error.Code, error.Message, context);
        }

        if (error.Code == DatabaseNotFound)
        {
            return new Neo4jException(
                $"Neo4j at {context.Server} has no database named '{context.Database}' ({said}). " +
                "Check GraphExplorer:Neo4j:Database; SHOW DATABASES lists them, and Community Edition has only 'neo4j'.",
                error.Code, status, transient, error.Message);
        }

        if (context.TransactionId is not null && IsTransactionGone(error))
        {
            return new Neo4jException(
                $"Transaction '{context.TransactionId}' is no longer open on Neo4j: it stayed idle past the server's " +
                $"transaction timeout (60 s by default) or was rolled back after an error. Start a new transaction. ({said})",
                error.Code, status, isTransient: false, error.Message);
        }

        return transient
            ? new Neo4jException($"Neo4j is temporarily unable to answer ({said}). Try again.", error.Code, status, true, error.Message)
            : new Neo4jException($"Neo4j rejected the request ({said})", error.Code, status, false, error.Message);
    }

    // The docs show Request.Invalid with "was not found" for an expired transaction; servers also send TransactionNotFound.
    private static bool IsTransactionGone(Neo4jError error) =>
        error.Code == TransactionNotFound ||
        (error.Code == "Neo.ClientError.Request.Invalid" && error.Message.Contains("not found", StringComparison.OrdinalIgnoreCase));

    private static Neo4jException Forbid(HttpStatusCode status, string code, string? message, Neo4jRequestContext context) => new(
        $"Neo4j user '{context.User ?? "(token)"}' may not do this on database '{context.Database}'" +
        (message is null ? " (HTTP 403)" : $" ({code}: {message})") +
        ". Grant the user a role that allows it, or set another GraphExplorer:Neo4j:User.",
        code, status, isTransient: false, message);
}
