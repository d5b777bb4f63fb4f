using GraphExplorer.Api.Tests.Http;

namespace GraphExplorer.Api.Tests.Hosting;

/// <summary>The graphql-http audit suite against the real program on Kestrel: embedded store, seed graph, every middleware.</summary>
public sealed class RealServerAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_graphql_http_audit_of_the_real_server_finds_no_error_and_no_warning()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var api = new ConfiguredApiFactory(kestrel: true);

        var audit = await GraphQLAudit.RunAsync(api.KestrelEndpoint, output, cancellationToken);

        output.WriteLine($"real server: {audit.Ok} ok, {audit.Notice} notice, {audit.Warn} warn, {audit.Error} error");
        audit.Ok.ShouldBeGreaterThan(0);
        audit.Error.ShouldBe(0, audit.Output);
        audit.Warn.ShouldBe(0, audit.Output);
        audit.ExitCode.ShouldBe(0, audit.Output);
    }
}
