using GraphExplorer.Core.Store;
using GraphExplorer.Neo4j.Protocol;
using GraphExplorer.Neo4j.Seeding;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Hosting;

/// <summary>
/// <c>GraphExplorer.Api seed</c>: applies the seed scripts (<c>GraphExplorer:SeedDirectory</c>) to the configured
/// Neo4j and exits, without serving. Exit codes: 0 seeded, 1 failed, 2 the configured store is not Neo4j.
/// </summary>
public static class SeedCommand
{
    public const string Name = "seed";

    /// <summary>The exit code when <paramref name="args"/> asks for the seed command; null when the API should serve.</summary>
    public static async Task<int?> RunSeedCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return null;
        }

        var stdout = Console.Out;
        var stderr = Console.Error;
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var cancellationToken = app.Lifetime.ApplicationStopping;
        try
        {
            var options = services.GetRequiredService<IOptions<GraphExplorerOptions>>().Value;
            if (options.Store != StoreKind.Neo4j)
            {
                await stderr.WriteLineAsync(
                    $"seed: GraphExplorer:Store is {options.Store}. Seeding applies the Cypher scripts to Neo4j; the embedded store " +
                    "loads them by itself at start. To seed Neo4j, set GraphExplorer__Store=Neo4j and GraphExplorer__Neo4j__Uri.");
                return 2;
            }

            var seeder = services.GetRequiredService<Neo4jSeeder>();
            await stdout.WriteLineAsync($"seed: applying {options.SeedDirectory} to Neo4j");
            var report = await seeder.SeedAsync(options.SeedDirectory, cancellationToken);
            foreach (var file in report.Files)
            {
                await stdout.WriteLineAsync($"  {file}");
            }

            await stdout.WriteLineAsync($"seed: done, {report.Files.Count} files; {report.Total}");
            return 0;
        }
        catch (Neo4jSeedException e)
        {
            await stderr.WriteLineAsync($"seed failed: {e.Message}{(e.Neo4jCode is null ? "" : $" [{e.Neo4jCode}]")}");
            return 1;
        }
        catch (Exception e) when (e is Neo4jException or OptionsValidationException or DirectoryNotFoundException or IOException)
        {
            await stderr.WriteLineAsync($"seed failed: {e.Message}");
            return 1;
        }
    }
}
