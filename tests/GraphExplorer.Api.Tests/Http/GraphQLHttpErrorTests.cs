using System.Net;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Api.Tests.Http;

public sealed class GraphQLHttpErrorTests : GraphQLHttpTestBase
{
    [Fact]
    public async Task An_unhandled_exception_becomes_a_generic_internal_error_naming_the_request_id()
    {
        var response = await PostJsonAsync(new { query = "{ crash }" });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ErrorCodes.ShouldBe(["INTERNAL"]);
        var error = response.Errors.Single();
        error.GetProperty("path")[0].GetString().ShouldBe("crash");
        var message = error.GetProperty("message").GetString()!;
        message.ShouldStartWith("An internal error occurred. Quote request id '");

        response.Text.ShouldNotContain(TinyQueryType.SecretInExceptionMessage);
        response.Text.ShouldNotContain("InvalidOperation", Case.Insensitive);
        response.Text.ShouldNotContain("Exception", Case.Insensitive);
        response.Text.ShouldNotContain("   at ");

        var requestId = message.Split('\'')[1];
        var logged = Host.Logs.Entries.Where(entry => entry.Level == LogLevel.Error && entry.Message.Contains(requestId)).ToList();
        logged.ShouldHaveSingleItem().Exception.ShouldBeOfType<InvalidOperationException>();
    }

    [Theory]
    [InlineData("{ tooDeep }", "LIMIT_EXCEEDED", "Argument 'depth' may be at most 4.")]
    [InlineData("{ missing }", "NOT_FOUND", "No entity has the id 'nobody'. Use search(text:) to find an entity's id.")]
    public async Task A_store_error_keeps_its_code_and_message(string query, string code, string message)
    {
        var response = await PostJsonAsync(new { query });

        response.Status.ShouldBe(HttpStatusCode.OK);
        var error = response.Errors.ShouldHaveSingleItem();
        error.GetProperty("message").GetString().ShouldBe(message);
        error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe(code);
        response.Text.ShouldNotContain("GRAPH_QUERY");
        response.Text.ShouldNotContain("Exception", Case.Insensitive);
        Host.Logs.Entries.ShouldNotContain(entry => entry.Level >= LogLevel.Error);
    }

    [Theory]
    [InlineData("""{"query":"{"}""")]
    [InlineData("""{"query":"{ noSuchField }"}""")]
    [InlineData("""{"query":"{ double(value: \"x\") }"}""")]
    [InlineData("""{"query":"query D($n: Int!) { double(value: $n) }","variables":{"n":99999999999}}""")]
    [InlineData("""{"query":"query D($n: Int!) { double(value: $n) }"}""")]
    [InlineData("""{"query":"{ hello }","operationName":"Nope"}""")]
    [InlineData("""{"query":"fragment F on Query { ...G } fragment G on Query { ...F } { ...F }"}""")]
    [InlineData("""{"query":"{ hello crash tooDeep missing }"}""")]
    [InlineData("""{"query":"subscription { hello }"}""")]
    public async Task Every_error_has_a_code_and_no_exception_detail(string body)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var response = await PostAsync(body, accept: accept);

            response.Status.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.BadRequest);
            response.Errors.ShouldNotBeEmpty();
            response.ErrorCodes.ShouldAllBe(code => !string.IsNullOrEmpty(code));
            response.Text.ShouldNotContain("Exception", Case.Insensitive);
            foreach (var error in response.Errors)
            {
                var codes = error.GetProperty("extensions").TryGetProperty("codes", out var list)
                    ? list.EnumerateArray().Select(c => c.GetString()).ToList()
                    : [];
                codes.Count.ShouldBeLessThanOrEqualTo(1);
            }
        }
    }
}
