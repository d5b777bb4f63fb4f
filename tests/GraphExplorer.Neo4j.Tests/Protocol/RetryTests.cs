using System.Net;
using System.Net.Sockets;
using GraphExplorer.Neo4j.Protocol;
using GraphExplorer.Neo4j.Tests.Fixtures;

namespace GraphExplorer.Neo4j.Tests.Protocol;

public sealed class RetryTests
{
    private static readonly Neo4jQuery Read = new("MATCH (n) RETURN count(n)") { AccessMode = Neo4jAccessMode.Read };

    [Fact]
    public async Task A_read_is_retried_after_transient_failures_and_then_succeeds()
    {
        using var host = new Neo4jTestHost();
        host.Handler
            .Respond(HttpStatusCode.BadRequest, QueryApiResponses.Transient)
            .Throw(new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)))
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.One);
        using var scope = host.RoundTrips.BeginScope();

        var result = await host.Client.RunAsync(Read, TestContext.Current.CancellationToken);

        result.Records.ShouldHaveSingleItem().Get<long>("x").ShouldBe(1);
        host.Handler.Requests.Count.ShouldBe(3);
        scope.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_read_gives_up_after_max_retries_with_the_last_error()
    {
        using var host = new Neo4jTestHost(new() { ["GraphExplorer:Neo4j:MaxRetries"] = "2" });
        host.Handler
            .Respond(HttpStatusCode.ServiceUnavailable, null)
            .Respond(HttpStatusCode.ServiceUnavailable, null)
            .Respond(HttpStatusCode.BadRequest, QueryApiResponses.Transient);

        var error = await Should.ThrowAsync<Neo4jException>(() => host.Client.RunAsync(Read, TestContext.Current.CancellationToken));

        error.Code.ShouldBe("Neo.TransientError.General.DatabaseUnavailable");
        error.IsTransient.ShouldBeTrue();
        host.Handler.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_write_is_not_retried()
    {
        using var host = new Neo4jTestHost();
        host.Handler.Respond(HttpStatusCode.BadRequest, QueryApiResponses.Transient);

        var error = await Should.ThrowAsync<Neo4jException>(() => host.Client.RunAsync(
            new Neo4jQuery("CREATE (:Entity {id: 'x'})"), TestContext.Current.CancellationToken));

        error.IsTransient.ShouldBeTrue();
        host.Handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_read_that_timed_out_is_not_retried_since_it_may_still_run_on_the_server()
    {
        using var host = new Neo4jTestHost();
        host.Handler
            .Throw(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout"))
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.One);

        var error = await Should.ThrowAsync<Neo4jException>(() => host.Client.RunAsync(Read, TestContext.Current.CancellationToken));

        error.IsTimeout.ShouldBeTrue();
        error.IsTransient.ShouldBeFalse();
        error.Message.ShouldContain("GraphExplorer:Neo4j:QueryTimeout");
        host.Handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_read_that_fails_for_good_is_not_retried()
    {
        using var host = new Neo4jTestHost();
        host.Handler.Respond(HttpStatusCode.BadRequest, QueryApiResponses.SyntaxError);

        await Should.ThrowAsync<Neo4jException>(() => host.Client.RunAsync(Read, TestContext.Current.CancellationToken));

        host.Handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Round_trips_are_counted_per_scope_and_in_total()
    {
        using var host = new Neo4jTestHost();
        host.Handler
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.One)
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.One);
        var ct = TestContext.Current.CancellationToken;

        await host.Client.RunAsync(Read, ct);
        using (var scope = host.RoundTrips.BeginScope())
        {
            await host.Client.RunAsync(Read, ct);
            scope.Count.ShouldBe(1);
        }

        host.RoundTrips.Total.ShouldBe(2);
    }
}
