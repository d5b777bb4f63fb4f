namespace GraphExplorer.Api.Tests.Http;

/// <summary>
/// Runs the graphql-http audit suite (tools/graphql-audit) against the endpoint on a real Kestrel port:
/// a conformance check we did not write ourselves.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_graphql_http_audit_finds_no_error_and_no_warning()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var host = await TinyGraphQLHost.StartKestrelAsync(cancellationToken);

        var audit = await GraphQLAudit.RunAsync(host.Endpoint, output, cancellationToken);

        audit.Ok.ShouldBeGreaterThan(0);
        audit.Error.ShouldBe(0, audit.Output);
        audit.Warn.ShouldBe(0, audit.Output);
        audit.ExitCode.ShouldBe(0, audit.Output);
    }
}
