using System.Diagnostics;
using GraphExplorer.Benchmarks.Generator;
using GraphExplorer.Embedded;
using GraphExplorer.Embedded.Bulk;

namespace GraphExplorer.Benchmarks;

/// <summary>A generated graph bulk-loaded into the embedded store, with what the load cost.</summary>
public sealed record LoadedGraph(EmbeddedGraphStore Store, BenchmarkQueries Queries, double LoadSeconds, double LoadCpuSeconds, double WorkingSetMiB, double PeakWorkingSetMiB, double GcHeapMiB)
{
    /// <summary>Generates the graph into <paramref name="folder"/> when it is not there yet, then loads it.</summary>
    public static LoadedGraph Load(string size, string folder, int seed = 42)
    {
        if (!File.Exists(Path.Combine(folder, "queries.json")))
        {
            new SyntheticGraphGenerator(GraphSizes.Parse(size), seed, 200).Write(folder);
        }

        GC.Collect();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var snapshot = CsvGraphReader.Load(folder, CancellationToken.None, Console.Out);
        var store = new EmbeddedGraphStore(snapshot);
        var loadSeconds = watch.Elapsed.TotalSeconds;
        // CPU time tells the work apart from waiting for a core on a busy machine.
        var loadCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var process = Process.GetCurrentProcess();
        return new LoadedGraph(
            store, BenchmarkQueries.Read(Path.Combine(folder, "queries.json")), loadSeconds, loadCpuSeconds,
            process.WorkingSet64 / 1048576.0, peak / 1048576.0, GC.GetTotalMemory(false) / 1048576.0);
    }
}
