using System.Net;
using System.Net.Sockets;
using GraphExplorer.Neo4j.Protocol;
using GraphExplorer.Neo4j.Tests.Fixtures;

namespace GraphExplorer.Neo4j.Tests.Protocol;

public sealed class ErrorTests
{
    private static async Task<Neo4jException> FailAsync(Action<FakeNeo4jHandler> arrange, Dictionary<string, string?>? settings = null)
    {
        using var host = new Neo4jTestHost(settings);
        arrange(host.Handler);
        return await Should.ThrowAsync<Neo4jException>(
            () => host.Client.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_syntax_error_carries_neo4j_code_status_and_message()
    {
        var error = await FailAsync(h => h.Respond(HttpStatusCode.BadRequest, QueryApiResponses.SyntaxError));

        error.Code.ShouldBe("Neo.ClientError.Statement.SyntaxError");
        error.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        error.IsTransient.ShouldBeFalse();
        error.ServerMessage.ShouldStartWith("Invalid input 'RETRUN'");
        error.Message.ShouldContain("Invalid input 'RETRUN'");
    }

    [Fact]
    public async Task A_401_tells_which_settings_to_check()
    {
        var error = await FailAsync(h => h.Respond(HttpStatusCode.Unauthorized, QueryApiResponses.Unauthorized));

        error.Code.ShouldBe("Neo.ClientError.Security.Unauthorized");
        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        error.IsTransient.ShouldBeFalse();
        error.Message.ShouldContain("GraphExplorer:Neo4j:User");
        error.Message.ShouldContain("GraphExplorer:Neo4j:Password");
    }

    [Fact]
    public async Task A_401_without_a_body_still_says_unauthorized()
    {
        var error = await FailAsync(h => h.Respond(HttpStatusCode.Unauthorized, null));

        error.Code.ShouldBe("Neo.ClientError.Security.Unauthorized");
        error.Message.ShouldContain("GraphExplorer:Neo4j:Password");
    }

    [Fact]
    public async Task A_403_names_the_user()
    {
        var error = await FailAsync(
            h => h.Respond(HttpStatusCode.Forbidden, QueryApiResponses.Forbidden),
            new() { ["GraphExplorer:Neo4j:User"] = "reader" });

        error.Code.ShouldBe("Neo.ClientError.Security.Forbidden");
        error.Message.ShouldContain("'reader'");
    }

    [Fact]
    public async Task An_unknown_database_is_named()
    {
        var error = await FailAsync(
            h => h.Respond(HttpStatusCode.NotFound, QueryApiResponses.DatabaseNotFound),
            new() { ["GraphExplorer:Neo4j:Database"] = "graphs" });

        error.Code.ShouldBe("Neo.ClientError.Database.DatabaseNotFound");
        error.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        error.Message.ShouldContain("no database named 'graphs'");
        error.Message.ShouldContain("GraphExplorer:Neo4j:Database");
    }

    [Fact]
    public async Task A_404_without_a_body_points_at_the_query_api_and_the_uri()
    {
        var error = await FailAsync(h => h.Respond(HttpStatusCode.NotFound, "<html>Not Found</html>", contentType: "text/html"));

        error.Code.ShouldBeNull();
        error.Message.ShouldContain("Query API");
        error.Message.ShouldContain("GraphExplorer:Neo4j:Uri");
    }

    [Fact]
    public async Task Errors_in_a_202_answer_are_a_failure()
    {
        var error = await FailAsync(h => h.Respond(HttpStatusCode.Accepted, QueryApiResponses.AcceptedWithErrors));

        error.Code.ShouldBe("Neo.ClientError.Statement.ArithmeticError");
        error.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        error.ServerMessage.ShouldBe("/ by zero");
    }

    [Fact]
    public async Task A_transient_neo4j_error_is_transient()
    {
        var error = await FailAsync(h => h.Respond(HttpStatusCode.BadRequest, QueryApiResponses.Deadlock));

        error.Code.ShouldBe("Neo.TransientError.Transaction.DeadlockDetected");
        error.IsTransient.ShouldBeTrue();
    }

    [Fact]
    public async Task A_503_is_transient_and_a_500_is_not()
    {
        (await FailAsync(h => h.Respond(HttpStatusCode.ServiceUnavailable, null), new() { ["GraphExplorer:Neo4j:MaxRetries"] = "0" }))
            .IsTransient.ShouldBeTrue();
        var internalError = await FailAsync(h => h.Respond(HttpStatusCode.InternalServerError, null));
        internalError.IsTransient.ShouldBeFalse();
        internalError.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task A_refused_connection_is_transient_and_names_the_uri_setting()
    {
        var error = await FailAsync(h => h.Throw(
            new HttpRequestException("Connection refused (neo4j.test:7474)", new SocketException((int)SocketError.ConnectionRefused))));

        error.IsTransient.ShouldBeTrue();
        error.StatusCode.ShouldBeNull();
        error.Message.ShouldContain("http://neo4j.test:7474/");
        error.Message.ShouldContain("GraphExplorer:Neo4j:Uri");
        error.InnerException.ShouldBeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task A_success_that_is_not_typed_json_is_reported_not_guessed()
    {
        var error = await FailAsync(h => h.Respond(HttpStatusCode.Accepted,
            """{"data":{"fields":["n"],"values":[[42]]}}""", contentType: "application/json"));

        error.Message.ShouldContain("typed JSON");
        error.IsTransient.ShouldBeFalse();
    }
}
