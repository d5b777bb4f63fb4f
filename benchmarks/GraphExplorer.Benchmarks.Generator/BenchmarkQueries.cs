using System.Text.Json;

namespace GraphExplorer.Benchmarks.Generator;

/// <summary>The seeded inputs of every query shape; both our runner and the Kuzu runner read them.</summary>
public sealed record BenchmarkQueries(
    IReadOnlyList<string> Entity,
    IReadOnlyList<string> Neighborhood,
    IReadOnlyList<string> SupplyChain,
    IReadOnlyList<string[]> Paths,
    IReadOnlyList<string> SearchPrefix,
    IReadOnlyList<string> SearchContains,
    IReadOnlyList<string> Owners)
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static BenchmarkQueries Read(string path) =>
        JsonSerializer.Deserialize<BenchmarkQueries>(File.ReadAllText(path), JsonOptions)
        ?? throw new InvalidDataException($"{path} holds no queries.");
}
