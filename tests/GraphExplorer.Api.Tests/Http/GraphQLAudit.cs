using System.Diagnostics;
using System.Text.RegularExpressions;
using GraphExplorer.Api.Tests.GraphQL;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>Runs tools/graphql-audit (the graphql-http audit suite) against an endpoint and reads its summary line.</summary>
public static partial class GraphQLAudit
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static async Task<AuditSummary> RunAsync(Uri endpoint, ITestOutputHelper output, CancellationToken cancellationToken)
    {
        var auditDirectory = Path.Combine(RepositoryRoot.Find(), "tools", "graphql-audit");
        await InstallLock.WaitAsync(cancellationToken);
        try
        {
            if (!Directory.Exists(Path.Combine(auditDirectory, "node_modules", "graphql-http")))
            {
                var install = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], auditDirectory, cancellationToken);
                install.ExitCode.ShouldBe(0, install.Output);
            }
        }
        finally
        {
            InstallLock.Release();
        }

        var audit = await RunProcessAsync("node", ["audit.mjs", endpoint.ToString()], auditDirectory, cancellationToken);
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

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(
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

    public sealed record AuditSummary(int Ok, int Notice, int Warn, int Error, int ExitCode, string Output);
}
