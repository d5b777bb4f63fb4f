using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphExplorer.Neo4j.Testing;

/// <summary>
/// Neo4j 5.26's HTTP Query API as strict as the server: every request passes the server's own checks before the
/// inner handler (canned answers, a small graph, or <see cref="QueryApiStandIn"/>) sees it, and what the server
/// would refuse is answered with the server's status, code and message instead. Each rule below names where in
/// Neo4j it comes from. Paths are neo4j/neo4j <c>community/server/src/main/java/org/neo4j/server/…</c>:
/// <c>queryapi/QueryResource.java</c> (routes, <c>@Consumes</c>/<c>@Produces</c>), <c>queryapi/QueryController.java</c>
/// (transactions), <c>queryapi/request/JsonMessageBodyReader.java</c>, <c>TypedJsonMessageBodyReader.java</c> and
/// <c>QueryRequest.java</c> (the body), <c>web/NeoJettyErrorHandler.java</c> (the body of Jersey's refusals).
/// It also keeps the transactions open on the "server": the id from each begin answer, the
/// <c>neo4j-cluster-affinity</c> it carried, and when each was last used.
/// </summary>
public sealed partial class StrictQueryApi : DelegatingHandler
{
    public const string AffinityHeader = "neo4j-cluster-affinity";
    public const string TypedJson = "application/vnd.neo4j.query";
    public const string Json = "application/json";

    // QueryRequest.java (5.26): the record's components are the only fields Jackson binds; FAIL_ON_UNKNOWN_PROPERTIES
    // is left on, so any other field fails the read (400 "Bad Request").
    private static readonly HashSet<string> s_bodyFields = new(StringComparer.Ordinal)
    {
        "statement", "parameters", "includeCounters", "accessMode", "maxExecutionTime", "bookmarks", "impersonatedUser",
    };

    private readonly StrictQueryApiOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, QueryApiTransaction> _transactions = new(StringComparer.Ordinal);
    private readonly List<QueryApiRefusal> _refusals = [];

    public StrictQueryApi(HttpMessageHandler inner, StrictQueryApiOptions? options = null, TimeProvider? time = null)
        : base(inner)
    {
        _options = options ?? new StrictQueryApiOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Every request refused so far, with the rule that refused it.</summary>
    public IReadOnlyList<QueryApiRefusal> Refusals
    {
        get
        {
            lock (_lock)
            {
                return [.. _refusals];
            }
        }
    }

    /// <summary>The ids of the transactions open now.</summary>
    public IReadOnlyList<string> OpenTransactions
    {
        get
        {
            lock (_lock)
            {
                ForgetExpired();
                return [.. _transactions.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var (refusal, route) = Check(request, body);
        if (refusal is not null)
        {
            lock (_lock)
            {
                _refusals.Add(refusal);
            }

            return refusal.ToResponse(request);
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            if (route.Transaction is { } held)
            {
                lock (_lock)
                {
                    held.InFlight = false;
                    held.LastUsed = _time.GetUtcNow();
                }
            }
        }

        await FollowAsync(route, response, cancellationToken);
        return response;
    }

    private (QueryApiRefusal? Refusal, Route Route) Check(HttpRequestMessage request, byte[] body)
    {
        var route = Route.Parse(request);
        var refusal = CheckRoute(request, route)
            ?? CheckAuthorization(request)
            ?? CheckDatabase(route)
            ?? CheckMediaTypes(request, body)
            ?? CheckBody(request, route, body)
            ?? HoldTransaction(request, ref route);
        return (refusal, route);
    }

    // QueryResource.java: @Path("/db/{databaseName}/query/v2") with POST on "", "tx", "tx/{txId}", "tx/{txId}/commit"
    // and DELETE on "tx/{txId}". Anything else is Jersey's 404 or 405, its body written by NeoJettyErrorHandler.
    private static QueryApiRefusal? CheckRoute(HttpRequestMessage request, Route route)
    {
        if (route.Kind == RouteKind.None)
        {
            return new(HttpStatusCode.NotFound, QueryApiRefusal.RequestInvalid, "Not Found", "QueryResource routes");
        }

        var allowed = route.Kind == RouteKind.Transaction ? [HttpMethod.Post, HttpMethod.Delete] : new[] { HttpMethod.Post };
        return allowed.Contains(request.Method)
            ? null
            : new(HttpStatusCode.MethodNotAllowed, QueryApiRefusal.RequestInvalid, "Method Not Allowed", "QueryResource methods");
    }

    // Authentication runs before the resource (the server's auth filter); a failure is 401 Security.Unauthorized,
    // as neo4j/docs-query-api modules/ROOT/pages/authentication-authorization.adoc shows.
    private QueryApiRefusal? CheckAuthorization(HttpRequestMessage request)
    {
        if (_options.Credentials is not { } credentials)
        {
            return null;
        }

        var expected = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.User}:{credentials.Password}"));
        return request.Headers.Authorization is { Scheme: "Basic" } auth && auth.Parameter == expected
            ? null
            : new(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized",
                "The client is unauthorized due to authentication failure.", "authentication filter");
    }

    // QueryController.java: the driver's FatalDiscoveryException for an unknown database is answered 404 with its code.
    private QueryApiRefusal? CheckDatabase(Route route) =>
        route.Database == _options.Database
            ? null
            : new(HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound",
                $"Database does not exist. Database name: '{route.Database}'.", "QueryController: FatalDiscoveryException");

    private static QueryApiRefusal? CheckMediaTypes(HttpRequestMessage request, byte[] body)
    {
        // QueryResource.java, class-level @Consumes({"application/json", "application/vnd.neo4j.query"}): Jersey
        // matches media types ignoring parameters (a charset is fine) and refuses any other with 415.
        var contentType = request.Content?.Headers.ContentType?.MediaType;
        if (contentType is not null && !IsQueryApiType(contentType))
        {
            return UnsupportedMediaType("@Consumes of QueryResource");
        }

        // QueryResource.java, @Produces({"application/json", "application/vnd.neo4j.query"}): an Accept that allows
        // neither is Jersey's 406. No Accept at all, or */*, is served.
        if (request.Headers.Accept.Count > 0 && !request.Headers.Accept.Any(IsAcceptable))
        {
            return new(HttpStatusCode.NotAcceptable, QueryApiRefusal.RequestInvalid, "Not Acceptable", "@Produces of QueryResource");
        }

        if (contentType is not null)
        {
            return null;
        }

        // No Content-Type: Jersey reads the body as application/octet-stream. A body no reader takes is 415
        // (ReaderInterceptorExecutor throws MessageBodyProviderNotFoundException, ParameterValueHelper maps it to
        // NotSupportedException). An empty body reaches the resource as a null request; QueryResource.meterRequest
        // then dereferences it and InternalServerExceptionMapper answers 500 UnknownError. DELETE never reads it.
        if (body.Length > 0)
        {
            return UnsupportedMediaType("no Content-Type: Jersey finds no reader for application/octet-stream");
        }

        return request.Method == HttpMethod.Post
            ? new(HttpStatusCode.InternalServerError, "Neo.DatabaseError.General.UnknownError", "An unknown error occurred.",
                "no Content-Type and no body: the resource gets a null QueryRequest")
            : null;
    }

    private static QueryApiRefusal? CheckBody(HttpRequestMessage request, Route route, byte[] body)
    {
        if (request.Method == HttpMethod.Delete || request.Content?.Headers.ContentType is null)
        {
            return null;
        }

        // JsonMessageBodyReader.java: with a Content-Type and no bytes the reader returns an empty QueryRequest, which
        // QueryResource.validateRequest refuses for /query/v2 only (a body-less begin, keep-alive or commit is fine).
        if (body.Length == 0)
        {
            return route.Kind == RouteKind.Query ? NoStatement() : null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return BadRequest("the body is not JSON (JacksonException -> BadRequestException)");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Null)
            {
                return new(HttpStatusCode.InternalServerError, "Neo.DatabaseError.General.UnknownError", "An unknown error occurred.",
                    "a JSON null body is read as a null QueryRequest");
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return BadRequest($"the body is a JSON {root.ValueKind}, not an object (JacksonException -> BadRequestException)");
            }

            foreach (var field in root.EnumerateObject())
            {
                if (!s_bodyFields.Contains(field.Name))
                {
                    return BadRequest($"unknown body field '{field.Name}' (QueryRequest: FAIL_ON_UNKNOWN_PROPERTIES)");
                }

                if (CheckField(field, IsTyped(request)) is { } problem)
                {
                    return BadRequest(problem);
                }
            }

            var hasStatement = root.TryGetProperty("statement", out var statement) &&
                               statement.ValueKind == JsonValueKind.String && statement.GetString()!.Trim().Length > 0;
            return route.Kind == RouteKind.Query && !hasStatement ? NoStatement() : null;
        }
    }

    /// <summary>The JSON kind each QueryRequest component binds from; a mismatch fails Jackson's read.</summary>
    private static string? CheckField(JsonProperty field, bool typed)
    {
        var value = field.Value;
        var kind = value.ValueKind;
        return field.Name switch
        {
            "statement" or "impersonatedUser" => kind is JsonValueKind.String or JsonValueKind.Null ? null : $"{field.Name} must be a string",
            "includeCounters" => kind is JsonValueKind.True or JsonValueKind.False ? null : "includeCounters must be a boolean",
            "maxExecutionTime" => kind == JsonValueKind.Number && value.TryGetInt32(out _) ? null : "maxExecutionTime must be a whole number of seconds",
            // AccessMode is an enum read with ACCEPT_CASE_INSENSITIVE_ENUMS.
            "accessMode" => kind == JsonValueKind.String && value.GetString()!.ToUpperInvariant() is "READ" or "WRITE"
                ? null
                : "accessMode must be Read or Write",
            "bookmarks" => kind == JsonValueKind.Array && value.EnumerateArray().All(b => b.ValueKind == JsonValueKind.String)
                ? null
                : "bookmarks must be a list of strings",
            "parameters" => kind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => typed
                    ? value.EnumerateObject().Select(p => TypedValueRules.Check(p.Value, $"parameters.{p.Name}")).FirstOrDefault(e => e is not null)
                    : null,
                _ => "parameters must be an object",
            },
            _ => null,
        };
    }

    /// <summary>
    /// Finds the transaction a follow-up names and marks it busy. QueryController.transactionNotFoundResponse: an id
    /// the server does not hold (never begun, committed, rolled back, or expired after the idle timeout) is 404
    /// Request.Invalid. The affinity header routes a follow-up to the cluster member that holds the transaction
    /// (Query API documentation, "Transactions": it "must be included as a header to all subsequent requests"); sent
    /// without it, or with another value, the request lands where the transaction is unknown: the same 404, whose
    /// message names the header. Two requests at once on one transaction: 400 TransactionAccessedConcurrently.
    /// </summary>
    private QueryApiRefusal? HoldTransaction(HttpRequestMessage request, ref Route route)
    {
        if (route.TransactionId is not { } id)
        {
            return null;
        }

        lock (_lock)
        {
            ForgetExpired();
            var sentAffinity = request.Headers.TryGetValues(AffinityHeader, out var values) ? string.Join(",", values) : null;
            if (!_transactions.TryGetValue(id, out var transaction))
            {
                return TransactionNotFound(id, "the server holds no transaction with this id");
            }

            if (transaction.Affinity is not null && sentAffinity != transaction.Affinity)
            {
                return TransactionNotFound(id, $"{AffinityHeader} was '{sentAffinity ?? "(not sent)"}', not the '{transaction.Affinity}' the begin answer gave");
            }

            if (transaction.InFlight)
            {
                return new(HttpStatusCode.BadRequest, "Neo.ClientError.Transaction.TransactionAccessedConcurrently",
                    "Another request is currently accessing this transaction.", "QueryController: one request at a time per transaction");
            }

            transaction.InFlight = true;
            route = route with { Transaction = transaction };
            return null;
        }
    }

    /// <summary>Keeps the server's transaction table as the answer changes it.</summary>
    private async Task FollowAsync(Route route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var succeeded = (int)response.StatusCode is >= 200 and < 300;
        switch (route.Kind)
        {
            case RouteKind.Begin when succeeded:
                var text = response.Content is null ? "" : await response.Content.ReadAsStringAsync(cancellationToken);
                using (var answer = JsonDocument.Parse(text))
                {
                    // An answer without a transaction (a server before 5.26) opens none.
                    if (answer.RootElement.TryGetProperty("transaction", out var transaction) &&
                        transaction.TryGetProperty("id", out var id) && id.GetString() is { } opened)
                    {
                        var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.First() : null;
                        lock (_lock)
                        {
                            _transactions[opened] = new QueryApiTransaction(opened, affinity, _time.GetUtcNow());
                        }
                    }
                }

                break;
            case RouteKind.Commit:
            case RouteKind.Transaction when route.IsRollback:
                // Committed or rolled back (or failed doing so): the transaction is over either way.
                lock (_lock)
                {
                    _transactions.Remove(route.TransactionId!);
                }

                break;
        }
    }

    private void ForgetExpired()
    {
        var now = _time.GetUtcNow();
        foreach (var expired in _transactions.Values.Where(t => !t.InFlight && now - t.LastUsed > _options.TransactionIdleTimeout).ToList())
        {
            _transactions.Remove(expired.Id);
        }
    }

    private static bool IsTyped(HttpRequestMessage request) =>
        string.Equals(request.Content?.Headers.ContentType?.MediaType, TypedJson, StringComparison.OrdinalIgnoreCase);

    private static bool IsQueryApiType(string mediaType) =>
        mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || mediaType.Equals(TypedJson, StringComparison.OrdinalIgnoreCase);

    private static bool IsAcceptable(MediaTypeWithQualityHeaderValue accept) =>
        accept.Quality is not 0 && accept.MediaType is { } type && (type is "*/*" or "application/*" || IsQueryApiType(type));

    private static QueryApiRefusal UnsupportedMediaType(string rule) =>
        new(HttpStatusCode.UnsupportedMediaType, QueryApiRefusal.RequestInvalid, "Unsupported Media Type", rule);

    private static QueryApiRefusal BadRequest(string rule) =>
        new(HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid, "Bad Request", rule);

    private static QueryApiRefusal NoStatement() =>
        new(HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid, "statement cannot be null or empty", "QueryResource.validateRequest");

    private static QueryApiRefusal TransactionNotFound(string id, string rule) =>
        new(HttpStatusCode.NotFound, QueryApiRefusal.RequestInvalid,
            $"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back or the routing header " +
            $"'{AffinityHeader}' was not provided.",
            $"QueryController.transactionNotFoundResponse: {rule}");

    private enum RouteKind
    {
        None,
        Query,
        Begin,
        Transaction,
        Commit,
    }

    private readonly record struct Route(RouteKind Kind, string? Database, string? TransactionId, bool IsRollback)
    {
        public QueryApiTransaction? Transaction { get; init; }

        public static Route Parse(HttpRequestMessage request)
        {
            var match = PathPattern().Match(request.RequestUri?.AbsolutePath ?? "");
            if (!match.Success)
            {
                return new(RouteKind.None, null, null, false);
            }

            var database = Uri.UnescapeDataString(match.Groups["database"].Value);
            var id = match.Groups["id"].Success ? Uri.UnescapeDataString(match.Groups["id"].Value) : null;
            var kind = !match.Groups["tx"].Success ? RouteKind.Query
                : id is null ? RouteKind.Begin
                : match.Groups["commit"].Success ? RouteKind.Commit
                : RouteKind.Transaction;
            return new(kind, database, id, kind == RouteKind.Transaction && request.Method == HttpMethod.Delete);
        }
    }

    [GeneratedRegex("^/db/(?<database>[^/]+)/query/v2(?<tx>/tx(?:/(?<id>[^/]+)(?<commit>/commit)?)?)?/?$")]
    private static partial Regex PathPattern();
}
