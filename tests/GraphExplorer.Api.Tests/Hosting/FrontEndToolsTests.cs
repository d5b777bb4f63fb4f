using System.Text.RegularExpressions;
using GraphExplorer.Api.Tests.GraphQL;
using GraphExplorer.Api.Tests.Http;

namespace GraphExplorer.Api.Tests.Hosting;

/// <summary>
/// The tools front-end developers start with, against the real program on a real port (tools/frontend-clients):
/// graphql-js introspection with every option, GraphQL Code Generator and tsc, Apollo Client plain, with persisted
/// queries and batched, and urql. Each must get the answers a plain POST gets.
/// </summary>
public sealed partial class FrontEndToolsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Codegen_Apollo_Client_and_urql_work_against_the_API_with_nothing_but_its_URL()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var api = new ConfiguredApiFactory(kestrel: true);
        var readme = Path.Combine(RepositoryRoot.Find(), "README.md");

        var (exitCode, text) = await NodeTool.RunAsync(
            "frontend-clients", "@apollo", ["check.mjs", api.KestrelEndpoint.ToString(), readme], cancellationToken);
        output.WriteLine(text);

        var summary = Summary().Match(text);
        summary.Success.ShouldBeTrue($"no summary line in:\n{text}");
        summary.Groups["failed"].Value.ShouldBe("0", text);
        int.Parse(summary.Groups["passed"].Value).ShouldBe(6, text);
        exitCode.ShouldBe(0, text);
    }

    [GeneratedRegex(@"frontend-clients: (?<passed>\d+) passed, (?<failed>\d+) failed")]
    private static partial Regex Summary();
}
