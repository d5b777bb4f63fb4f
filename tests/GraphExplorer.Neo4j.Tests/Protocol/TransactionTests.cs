using System.Net;
using GraphExplorer.Neo4j.Protocol;
using GraphExplorer.Neo4j.Tests.Fixtures;

namespace GraphExplorer.Neo4j.Tests.Protocol;

public sealed class TransactionTests
{
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    [Fact]
    public async Task Begin_run_and_commit_follow_the_transaction_and_send_back_the_affinity()
    {
        using var host = new Neo4jTestHost();
        host.Handler
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.BeginTransaction, Affinity)
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.RunInTransaction, Affinity)
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.Commit, Affinity);
        var ct = TestContext.Current.CancellationToken;

        await using var tx = await host.Client.BeginTransactionAsync(new Neo4jTransactionOptions { Bookmarks = ["FB:before"] }, ct);
        var query = new Neo4jQuery(
            "MERGE (n:Person {name: $name}) RETURN n.name AS bob", new Dictionary<string, object?> { ["name"] = "Bob" })
        {
            IncludeCounters = true,
            AccessMode = Neo4jAccessMode.Read,
        };
        var result = await tx.RunAsync(query, ct);
        var bookmarks = await tx.CommitAsync(ct);

        tx.Id.ShouldBe("lyU");
        tx.Expires.ShouldBe(DateTimeOffset.Parse("2024-10-22T15:49:29Z", System.Globalization.CultureInfo.InvariantCulture));
        result.Records.ShouldHaveSingleItem().Get<string>("bob").ShouldBe("Bob");
        result.Counters!.NodesCreated.ShouldBe(1);
        bookmarks.ShouldBe(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]);
        var requests = host.Handler.Requests;
        requests.Select(r => $"{r.Method} {r.Path}").ShouldBe([
            "POST /db/neo4j/query/v2/tx",
            "POST /db/neo4j/query/v2/tx/lyU",
            "POST /db/neo4j/query/v2/tx/lyU/commit",
        ]);
        requests[0].Header("neo4j-cluster-affinity").ShouldBeNull();
        requests[0].Json.GetProperty("bookmarks")[0].GetString().ShouldBe("FB:before");
        requests[1].Header("neo4j-cluster-affinity").ShouldBe(Affinity);
        requests[2].Header("neo4j-cluster-affinity").ShouldBe(Affinity);
        requests[1].Json.TryGetProperty("accessMode", out _).ShouldBeFalse();
        requests[1].Json.GetProperty("parameters").GetProperty("name").GetProperty("_value").GetString().ShouldBe("Bob");
        requests[0].Json.GetProperty("maxExecutionTime").GetInt32().ShouldBe(30); // GraphExplorer:Neo4j:QueryTimeout, 30 s
        requests[2].Body.ShouldBe("{}");
        requests.ShouldAllBe(r => r.ContentType == "application/vnd.neo4j.query" && r.Header("Accept") == "application/vnd.neo4j.query");
        host.Server.Refusals.ShouldBeEmpty();
        host.Server.OpenTransactions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Rollback_deletes_the_transaction_with_the_affinity()
    {
        using var host = new Neo4jTestHost();
        host.Handler
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.BeginTransaction, Affinity)
            .Respond(HttpStatusCode.OK, null);
        var ct = TestContext.Current.CancellationToken;

        var tx = await host.Client.BeginTransactionAsync(new Neo4jTransactionOptions(), ct);
        await tx.RollbackAsync(ct);
        await tx.DisposeAsync();

        var rollback = host.Handler.Requests[1];
        rollback.Method.ShouldBe(HttpMethod.Delete);
        rollback.Path.ShouldBe("/db/neo4j/query/v2/tx/lyU");
        rollback.Header("neo4j-cluster-affinity").ShouldBe(Affinity);
        rollback.ContentType.ShouldBe("application/vnd.neo4j.query");
        rollback.Header("Accept").ShouldBe("application/vnd.neo4j.query");
        host.Handler.Requests.Count.ShouldBe(2);
        host.Server.OpenTransactions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        using var host = new Neo4jTestHost();
        host.Handler
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.BeginTransaction, Affinity)
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.Empty);

        await using (await host.Client.BeginTransactionAsync(new Neo4jTransactionOptions(), TestContext.Current.CancellationToken))
        {
        }

        host.Handler.Requests.Select(r => r.Method).ShouldBe([HttpMethod.Post, HttpMethod.Delete]);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, QueryApiResponses.TransactionNotFound, "Neo.ClientError.Transaction.TransactionNotFound")]
    [InlineData(HttpStatusCode.BadRequest, QueryApiResponses.ExpiredTransactionAsDocumented, "Neo.ClientError.Request.Invalid")]
    public async Task An_expired_transaction_says_so_and_is_not_transient(HttpStatusCode status, string body, string code)
    {
        using var host = new Neo4jTestHost();
        host.Handler
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.BeginTransaction, Affinity)
            .Respond(status, body);
        var ct = TestContext.Current.CancellationToken;
        var tx = await host.Client.BeginTransactionAsync(new Neo4jTransactionOptions(), ct);

        var error = await Should.ThrowAsync<Neo4jException>(() => tx.RunAsync(new Neo4jQuery("RETURN 1"), ct));

        error.Code.ShouldBe(code);
        error.IsTransient.ShouldBeFalse();
        error.Message.ShouldContain("Transaction 'lyU' is no longer open");
    }

    [Fact]
    public async Task A_transaction_is_never_retried()
    {
        using var host = new Neo4jTestHost();
        host.Handler.Respond(HttpStatusCode.BadRequest, QueryApiResponses.Transient);

        var error = await Should.ThrowAsync<Neo4jException>(() => host.Client.BeginTransactionAsync(
            new Neo4jTransactionOptions { AccessMode = Neo4jAccessMode.Read }, TestContext.Current.CancellationToken));

        error.IsTransient.ShouldBeTrue();
        host.Handler.Requests.ShouldHaveSingleItem().Json.GetProperty("accessMode").GetString().ShouldBe("Read");
    }

    [Fact]
    public async Task A_begin_answer_without_a_transaction_id_is_explained()
    {
        using var host = new Neo4jTestHost();
        host.Handler.Respond(HttpStatusCode.Accepted, QueryApiResponses.Empty);

        var error = await Should.ThrowAsync<Neo4jException>(() => host.Client.BeginTransactionAsync(
            new Neo4jTransactionOptions(), TestContext.Current.CancellationToken));

        error.Message.ShouldContain("5.26");
    }
}
