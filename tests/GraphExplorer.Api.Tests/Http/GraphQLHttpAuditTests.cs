using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>
/// Runs the graphql-http audit suite (tools/graphql-audit) against the endpoint on a real Kestrel port:
/// a conformance check we did not write ourselves.
/// </summary>
public sealed partial class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_graphql_http_audit_finds_no_error_and_no_warning()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var auditDirectory = Path.Combine(FindRepositoryRoot(), "tools", "graphql-audit");
        if (!Directory.Exists(Path.Combine(auditDirectory, "node_modules")))
        {
            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], auditDirectory, cancellationToken);
            install.ExitCode.ShouldBe(0, install.Output);
        }

        await using var host = await TinyGraphQLHost.StartKestrelAsync(cancellationToken);
        var audit = await RunAsync("node", ["audit.mjs", host.Endpoint.ToString()], auditDirectory, cancellationToken);
        output.WriteLine(audit.Output);

        var summary = SummaryLine().Match(audit.Output);
        summary.Success.ShouldBeTrue($"no summary line in:\n{audit.Output}");
        int.Parse(summary.Groups["ok"].Value).ShouldBeGreaterThan(0);
        summary.Groups["error"].Value.ShouldBe("0", audit.Output);
        summary.Groups["warn"].Value.ShouldBe("0", audit.Output);
        audit.ExitCode.ShouldBe(0, audit.Output);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No GraphExplorer.sln above {AppContext.BaseDirectory}.");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProcessTimeout);

        var standardOutput = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var standardError = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, (await standardOutput) + (await standardError));
    }

    [GeneratedRegex(@"audit: (?<ok>\d+) ok, (?<notice>\d+) notice, (?<warn>\d+) warn, (?<error>\d+) error")]
    private static partial Regex SummaryLine();
}
