using System.Collections.Concurrent;
using System.Diagnostics;
using GraphExplorer.Api.Tests.GraphQL;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>Runs a script of one of the npm tools in <c>tools/</c>, installing its locked packages first if need be.</summary>
public static class NodeTool
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(5);
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> InstallLocks = new(StringComparer.Ordinal);

    /// <param name="tool">The folder under <c>tools/</c>, e.g. <c>graphql-audit</c>.</param>
    /// <param name="installedPackage">A package whose folder in node_modules shows the tool is installed.</param>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string tool, string installedPackage, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(RepositoryRoot.Find(), "tools", tool);
        var installLock = InstallLocks.GetOrAdd(tool, _ => new SemaphoreSlim(1, 1));
        await installLock.WaitAsync(cancellationToken);
        try
        {
            if (!Directory.Exists(Path.Combine(directory, "node_modules", installedPackage)))
            {
                var install = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], directory, cancellationToken);
                install.ExitCode.ShouldBe(0, install.Output);
            }
        }
        finally
        {
            installLock.Release();
        }

        return await RunProcessAsync("node", arguments, directory, cancellationToken);
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
}
