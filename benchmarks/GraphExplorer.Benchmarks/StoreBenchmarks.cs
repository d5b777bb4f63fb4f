using BenchmarkDotNet.Attributes;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// BenchmarkDotNet over the query shapes. Each invocation runs the next of the seeded inputs,
/// so a result is the mean over many different entities rather than one cached answer.
/// The graph is read from <c>benchmarks/out/SIZE</c> (generated there when missing).
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private QueryShapes _shapes = null!;
    private readonly Dictionary<string, int> _next = [];

    [Params("10k", "100k")]
    public string Size { get; set; } = "10k";

    [GlobalSetup]
    public void Setup()
    {
        var graph = LoadedGraph.Load(Size, DataFolder.For(Size));
        _shapes = new QueryShapes(graph.Store, graph.Queries);
    }

    [Benchmark]
    public Task<object> EntityWithRelationships() => Next("entity");

    [Benchmark]
    public Task<object> Neighborhood2Hops() => Next("neighborhood");

    [Benchmark]
    public Task<object> SupplyChainUpstream3() => Next("supplyChain");

    [Benchmark]
    public Task<object> ShortestPaths() => Next("paths");

    [Benchmark]
    public Task<object> SearchPrefix() => Next("searchPrefix");

    [Benchmark]
    public Task<object> SearchContains() => Next("searchContains");

    [Benchmark]
    public Task<object> UltimateOwners() => Next("owners");

    private Task<object> Next(string shape)
    {
        var index = _next.GetValueOrDefault(shape);
        _next[shape] = (index + 1) % _shapes.InputCount(shape);
        return _shapes.RunAsync(shape, index, CancellationToken.None);
    }
}
