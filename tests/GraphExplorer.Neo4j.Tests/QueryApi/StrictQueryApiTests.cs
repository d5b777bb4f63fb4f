using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphExplorer.Neo4j.Testing;
using Microsoft.Extensions.Time.Testing;

namespace GraphExplorer.Neo4j.Tests.QueryApi;

/// <summary>
/// The strict Query API stand-in refuses each kind of request the server refuses, with the server's status and code,
/// and lets through what the server takes; so the stand-in cannot quietly become lax.
/// </summary>
public sealed class StrictQueryApiTests : IDisposable
{
    private const string Query = "/db/neo4j/query/v2";
    private const string Typed = StrictQueryApi.TypedJson;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly QueryApiStandIn _standIn = new();
    private readonly StrictQueryApi _server;
    private readonly HttpClient _http;

    public StrictQueryApiTests()
    {
        _server = new StrictQueryApi(_standIn, new StrictQueryApiOptions { Credentials = ("neo4j", "secret") }, _clock);
        _http = new HttpClient(_server) { BaseAddress = new Uri("http://neo4j.test:7474") };
    }

    public void Dispose() => _http.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A request as a careful client sends it: typed JSON both ways and Basic auth.</summary>
    private static HttpRequestMessage Request(
        HttpMethod method, string path, string? body = "{\"statement\":\"RETURN 1\"}", string? contentType = Typed, string? accept = Typed)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null || contentType is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body ?? ""));
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }

        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")));
        return request;
    }

    private async Task<(HttpStatusCode Status, string? Code, string? Message)> SendAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        if ((int)response.StatusCode < 400)
        {
            return (response.StatusCode, null, null);
        }

        var error = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0];
        return (response.StatusCode, error.GetProperty("code").GetString(), error.GetProperty("message").GetString());
    }

    private async Task<(string Id, string Affinity)> BeginAsync()
    {
        using var response = await _http.SendAsync(Request(HttpMethod.Post, Query + "/tx", body: "{}"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement
            .GetProperty("transaction").GetProperty("id").GetString()!;
        return (id, response.Headers.GetValues(StrictQueryApi.AffinityHeader).Single());
    }

    public static TheoryData<string, Func<HttpRequestMessage>, HttpStatusCode, string> RefusedRequests() => new()
    {
        { "a POST with no Content-Type and no body", () => Request(HttpMethod.Post, Query, body: null, contentType: null),
            HttpStatusCode.InternalServerError, "Neo.DatabaseError.General.UnknownError" },
        { "a body with no Content-Type", () => Request(HttpMethod.Post, Query, contentType: null),
            HttpStatusCode.UnsupportedMediaType, QueryApiRefusal.RequestInvalid },
        { "a Content-Type the server does not read", () => Request(HttpMethod.Post, Query, contentType: "text/plain"),
            HttpStatusCode.UnsupportedMediaType, QueryApiRefusal.RequestInvalid },
        { "an Accept the server cannot answer", () => Request(HttpMethod.Post, Query, accept: "text/html"),
            HttpStatusCode.NotAcceptable, QueryApiRefusal.RequestInvalid },
        { "a body that is not JSON", () => Request(HttpMethod.Post, Query, body: "{statement:"),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "a JSON array body", () => Request(HttpMethod.Post, Query, body: "[{\"statement\":\"RETURN 1\"}]"),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "a JSON string body", () => Request(HttpMethod.Post, Query, body: "\"RETURN 1\""),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "a JSON null body", () => Request(HttpMethod.Post, Query, body: "null"),
            HttpStatusCode.InternalServerError, "Neo.DatabaseError.General.UnknownError" },
        { "a body field the server does not know", () => Request(HttpMethod.Post, Query, body: "{\"statement\":\"RETURN 1\",\"timeout\":5}"),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "a field of the wrong kind", () => Request(HttpMethod.Post, Query, body: "{\"statement\":\"RETURN 1\",\"includeCounters\":\"yes\"}"),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "an access mode that is neither Read nor Write", () => Request(HttpMethod.Post, Query, body: "{\"statement\":\"RETURN 1\",\"accessMode\":\"Route\"}"),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "_value before $type", () => Request(HttpMethod.Post, Query, body: """{"statement":"RETURN $x","parameters":{"x":{"_value":"1","$type":"Integer"}}}"""),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "a nested typed value out of order", () => Request(HttpMethod.Post, Query, body: """{"statement":"RETURN $x","parameters":{"x":{"$type":"List","_value":[{"_value":"a","$type":"String"}]}}}"""),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "an untyped value in typed parameters", () => Request(HttpMethod.Post, Query, body: """{"statement":"RETURN $x","parameters":{"x":"plain"}}"""),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "an unknown $type", () => Request(HttpMethod.Post, Query, body: """{"statement":"RETURN $x","parameters":{"x":{"$type":"Node","_value":{}}}}"""),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "an Integer as a JSON number", () => Request(HttpMethod.Post, Query, body: """{"statement":"RETURN $x","parameters":{"x":{"$type":"Integer","_value":1}}}"""),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "a query with no statement", () => Request(HttpMethod.Post, Query, body: "{}"),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "a query with a Content-Type and no body", () => Request(HttpMethod.Post, Query, body: ""),
            HttpStatusCode.BadRequest, QueryApiRefusal.RequestInvalid },
        { "an unknown database", () => Request(HttpMethod.Post, "/db/graphs/query/v2"),
            HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound" },
        { "a path the Query API does not serve", () => Request(HttpMethod.Post, "/db/neo4j/tx/commit"),
            HttpStatusCode.NotFound, QueryApiRefusal.RequestInvalid },
        { "a GET of the query endpoint", () => Request(HttpMethod.Get, Query, body: null, contentType: null),
            HttpStatusCode.MethodNotAllowed, QueryApiRefusal.RequestInvalid },
        { "no credentials", () => { var r = Request(HttpMethod.Post, Query); r.Headers.Authorization = null; return r; },
            HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized" },
        { "a statement in a transaction that was never begun", () => Request(HttpMethod.Post, Query + "/tx/nope"),
            HttpStatusCode.NotFound, QueryApiRefusal.RequestInvalid },
    };

    [Theory]
    [MemberData(nameof(RefusedRequests))]
    public async Task Refuses_what_the_server_refuses(string what, Func<HttpRequestMessage> request, HttpStatusCode status, string code)
    {
        var (answered, answeredCode, _) = await SendAsync(request());

        answered.ShouldBe(status, what);
        answeredCode.ShouldBe(code, what);
        _server.Refusals.ShouldHaveSingleItem(what);
        _standIn.AutoCommitted.ShouldBeEmpty(what);
    }

    public static TheoryData<string, Func<HttpRequestMessage>> AcceptedRequests() => new()
    {
        { "typed JSON both ways", () => Request(HttpMethod.Post, Query) },
        { "plain JSON with a charset and untyped parameters", () => Request(HttpMethod.Post, Query,
            body: """{"statement":"RETURN $x","parameters":{"x":1}}""", contentType: "application/json; charset=utf-8", accept: "application/json") },
        { "no Accept at all", () => Request(HttpMethod.Post, Query, accept: null) },
        { "Accept */*", () => Request(HttpMethod.Post, Query, accept: "*/*") },
        { "every documented typed value", () => Request(HttpMethod.Post, Query, body: """
            {"statement":"RETURN $x","includeCounters":true,"accessMode":"read","bookmarks":["FB:1"],"parameters":{"x":{"$type":"Map","_value":{
              "i":{"$type":"Integer","_value":"-12"},"f":{"$type":"Float","_value":"3.2E9"},"n":{"$type":"Float","_value":"NaN"},
              "b":{"$type":"Boolean","_value":false},"s":{"$type":"String","_value":"a"},"z":{"$type":"Null","_value":null},
              "d":{"$type":"Date","_value":"2025-01-23"},"l":{"$type":"List","_value":[{"$type":"Base64","_value":"AQ=="}]},"bare":null}}}}
            """) },
    };

    [Theory]
    [MemberData(nameof(AcceptedRequests))]
    public async Task Lets_through_what_the_server_takes(string what, Func<HttpRequestMessage> request)
    {
        var (status, code, message) = await SendAsync(request());

        status.ShouldBe(HttpStatusCode.Accepted, $"{what}: {code} {message}");
        _server.Refusals.ShouldBeEmpty(what);
    }

    [Fact]
    public async Task A_commit_with_no_body_and_no_content_type_is_answered_500_and_commits_nothing()
    {
        var (id, affinity) = await BeginAsync();
        var run = Request(HttpMethod.Post, $"{Query}/tx/{id}", body: "{\"statement\":\"CREATE (:Entity {id: 'x'})\"}");
        run.Headers.Add(StrictQueryApi.AffinityHeader, affinity);
        (await SendAsync(run)).Status.ShouldBe(HttpStatusCode.Accepted);

        // How the client committed before: POST …/commit without a body or a Content-Type.
        var commit = Request(HttpMethod.Post, $"{Query}/tx/{id}/commit", body: null, contentType: null);
        commit.Headers.Add(StrictQueryApi.AffinityHeader, affinity);
        var (status, code, _) = await SendAsync(commit);

        status.ShouldBe(HttpStatusCode.InternalServerError);
        code.ShouldBe("Neo.DatabaseError.General.UnknownError");
        _standIn.Committed.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_follow_up_needs_the_affinity_the_begin_answer_gave()
    {
        var (id, affinity) = await BeginAsync();

        var without = await SendAsync(Request(HttpMethod.Post, $"{Query}/tx/{id}"));
        var wrong = Request(HttpMethod.Post, $"{Query}/tx/{id}");
        wrong.Headers.Add(StrictQueryApi.AffinityHeader, affinity + "-elsewhere");
        var elsewhere = await SendAsync(wrong);
        var right = Request(HttpMethod.Post, $"{Query}/tx/{id}/commit", body: "{}");
        right.Headers.Add(StrictQueryApi.AffinityHeader, affinity);
        var committed = await SendAsync(right);

        without.Status.ShouldBe(HttpStatusCode.NotFound);
        without.Code.ShouldBe(QueryApiRefusal.RequestInvalid);
        without.Message.ShouldBe($"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.");
        elsewhere.Status.ShouldBe(HttpStatusCode.NotFound);
        committed.Status.ShouldBe(HttpStatusCode.Accepted);
        _standIn.Committed.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_transaction_idle_past_the_timeout_is_gone()
    {
        var (id, affinity) = await BeginAsync();
        _clock.Advance(TimeSpan.FromSeconds(59));
        var kept = Request(HttpMethod.Post, $"{Query}/tx/{id}", body: "{}");
        kept.Headers.Add(StrictQueryApi.AffinityHeader, affinity);
        (await SendAsync(kept)).Status.ShouldBe(HttpStatusCode.Accepted);

        _clock.Advance(TimeSpan.FromSeconds(61));
        var late = Request(HttpMethod.Post, $"{Query}/tx/{id}/commit", body: "{}");
        late.Headers.Add(StrictQueryApi.AffinityHeader, affinity);
        var (status, code, _) = await SendAsync(late);

        status.ShouldBe(HttpStatusCode.NotFound);
        code.ShouldBe(QueryApiRefusal.RequestInvalid);
        _server.OpenTransactions.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_committed_or_rolled_back_transaction_takes_no_more_requests()
    {
        var (committedId, committedAffinity) = await BeginAsync();
        var (rolledBackId, rolledBackAffinity) = await BeginAsync();
        var commit = Request(HttpMethod.Post, $"{Query}/tx/{committedId}/commit", body: "{}");
        commit.Headers.Add(StrictQueryApi.AffinityHeader, committedAffinity);
        (await SendAsync(commit)).Status.ShouldBe(HttpStatusCode.Accepted);

        // A rollback needs no Content-Type and no body (QueryResource's DELETE never reads its entity); 200.
        var rollback = Request(HttpMethod.Delete, $"{Query}/tx/{rolledBackId}", body: null, contentType: null);
        rollback.Headers.Add(StrictQueryApi.AffinityHeader, rolledBackAffinity);
        (await SendAsync(rollback)).Status.ShouldBe(HttpStatusCode.OK);

        foreach (var (id, affinity) in new[] { (committedId, committedAffinity), (rolledBackId, rolledBackAffinity) })
        {
            var again = Request(HttpMethod.Post, $"{Query}/tx/{id}");
            again.Headers.Add(StrictQueryApi.AffinityHeader, affinity);
            (await SendAsync(again)).Status.ShouldBe(HttpStatusCode.NotFound);
        }

        _server.OpenTransactions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_requests_at_once_on_one_transaction_are_refused()
    {
        var gate = new TaskCompletionSource();
        using var slowHttp = new HttpClient(new StrictQueryApi(new HeldHandler(_standIn, gate.Task))) { BaseAddress = _http.BaseAddress };
        using var begin = await slowHttp.SendAsync(Request(HttpMethod.Post, Query + "/tx", body: "{}"), Ct);
        var id = JsonDocument.Parse(await begin.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("transaction").GetProperty("id").GetString();
        var affinity = begin.Headers.GetValues(StrictQueryApi.AffinityHeader).Single();
        HttpRequestMessage Run()
        {
            var request = Request(HttpMethod.Post, $"{Query}/tx/{id}");
            request.Headers.Add(StrictQueryApi.AffinityHeader, affinity);
            return request;
        }

        var first = slowHttp.SendAsync(Run(), Ct);
        using var second = await slowHttp.SendAsync(Run(), Ct);
        gate.SetResult();
        using var firstAnswer = await first;

        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await second.Content.ReadAsStringAsync(Ct)).ShouldContain("Neo.ClientError.Transaction.TransactionAccessedConcurrently");
        firstAnswer.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    /// <summary>Holds statements inside a transaction until released, so a second one can arrive meanwhile.</summary>
    private sealed class HeldHandler(HttpMessageHandler inner, Task released) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.Contains("/tx/", StringComparison.Ordinal))
            {
                await released;
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
