using System.Text.RegularExpressions;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>Runs tools/graphql-audit (the graphql-http audit suite) against an endpoint and reads its summary line.</summary>
public static partial class GraphQLAudit
{
    public static async Task<AuditSummary> RunAsync(Uri endpoint, ITestOutputHelper output, CancellationToken cancellationToken)
    {
        var audit = await NodeTool.RunAsync("graphql-audit", "graphql-http", ["audit.mjs", endpoint.ToString()], cancellationToken);
        output.WriteLine(audit.Output);

        var summary = SummaryLine().Match(audit.Output);
        summary.Success.ShouldBeTrue($"no summary line in:\n{audit.Output}");
        return new AuditSummary(
            int.Parse(summary.Groups["ok"].Value),
            int.Parse(summary.Groups["notice"].Value),
            int.Parse(summary.Groups["warn"].Value),
            int.Parse(summary.Groups["error"].Value),
            audit.ExitCode,
            audit.Output);
    }

    [GeneratedRegex(@"audit: (?<ok>\d+) ok, (?<notice>\d+) notice, (?<warn>\d+) warn, (?<error>\d+) error")]
    private static partial Regex SummaryLine();

    public sealed record AuditSummary(int Ok, int Notice, int Warn, int Error, int ExitCode, string Output);
}
