using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// The plain runner: loads one size, runs each shape on its seeded inputs (after a short untimed warm-up) twice, as a
/// direct store call and as a GraphQL request to the whole API in this process, prints median and p99 of both and the
/// bytes each allocates, and writes the timings and the store's answers as JSON.
/// </summary>
public static class QuickRunner
{
    public static async Task RunAsync(string size, string folder, string output, int count, CancellationToken cancellationToken)
    {
        var graph = LoadedGraph.Load(size, folder);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"embedded: loaded {folder} in {graph.LoadSeconds:F1} s ({graph.LoadCpuSeconds:F1} s CPU on all cores); working set {graph.WorkingSetMiB:F0} MiB, peak {graph.PeakWorkingSetMiB:F0} MiB, GC heap {graph.GcHeapMiB:F0} MiB"));
        var shapes = new QueryShapes(graph.Store, graph.Queries);
        await using var api = await GraphQLShapes.StartAsync(graph.Store.Snapshot, graph.Queries);
        var results = new Dictionary<string, object>();
        var gcBefore = GcCounts();
        foreach (var shape in QueryShapes.Names)
        {
            var n = Math.Min(count, shapes.InputCount(shape));
            if (n == 0)
            {
                continue;
            }

            var answers = new object[n];
            var store = await TimeAsync(n, i => shapes.RunAsync(shape, i, cancellationToken), (i, answer) => answers[i] = answer);
            var graphQL = await TimeAsync(n, i => api.RunAsync(shape, i, cancellationToken), (_, _) => { });
            var tail = await TailAsync(store, i => shapes.RunAsync(shape, i, cancellationToken));
            results[shape] = new
            {
                n,
                medianMs = store.Median,
                p99Ms = store.P99,
                maxMs = store.Max,
                meanMs = store.Mean,
                bytesPerCall = store.BytesPerCall,
                graphqlMedianMs = graphQL.Median,
                graphqlP99Ms = graphQL.P99,
                graphqlMaxMs = graphQL.Max,
                graphqlBytesPerRequest = graphQL.BytesPerCall,
                tail,
                answers,
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"embedded {shape,-15} store median {store.Median:F3} ms p99 {store.P99:F3} ms ({store.BytesPerCall / 1024.0:F1} KiB/call) | " +
                $"GraphQL median {graphQL.Median:F3} ms p99 {graphQL.P99:F3} ms ({graphQL.BytesPerCall / 1024.0:F1} KiB/request)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"embedded {shape,-15} slowest inputs, first time and best of 5 again: {string.Join(", ", tail.Select(t => $"#{t.Input} {t.FirstMs:F3} -> {t.BestMs:F3} ms"))}"));
        }

        var gcAfter = GcCounts();
        Console.WriteLine($"embedded: collections during the shapes: gen0 {gcAfter[0] - gcBefore[0]}, gen1 {gcAfter[1] - gcBefore[1]}, gen2 {gcAfter[2] - gcBefore[2]}");
        var report = new
        {
            engine = "embedded",
            size = Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)),
            loadSeconds = graph.LoadSeconds,
            loadCpuSeconds = graph.LoadCpuSeconds,
            workingSetMiB = graph.WorkingSetMiB,
            peakWorkingSetMiB = graph.PeakWorkingSetMiB,
            gcHeapMiB = graph.GcHeapMiB,
            shapes = results,
        };
        await using var stream = File.Create(output);
        await JsonSerializer.SerializeAsync(stream, report, new JsonSerializerOptions { WriteIndented = false }, cancellationToken);
        Console.WriteLine($"embedded: wrote {output}");
    }

    /// <summary>
    /// Runs every input once untimed (20 at most) and then once timed. Bytes are all the process allocated over the
    /// timed runs, one after another, divided by their number.
    /// </summary>
    private static async Task<Timings> TimeAsync<T>(int n, Func<int, Task<T>> run, Action<int, T> keep)
    {
        for (var i = 0; i < Math.Min(20, n); i++)
        {
            await run(i);
        }

        var times = new double[n];
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < n; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var answer = await run(i);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            keep(i, answer);
        }

        var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)n;
        var sorted = times.Order().ToArray();
        return new Timings(At(sorted, 0.5), At(sorted, 0.99), sorted[^1], times.Average(), bytes, times);
    }

    /// <summary>
    /// Runs the three slowest inputs five more times each: an input that stays slow is heavy work (a hub), one that
    /// drops to the median was slowed by something else (a collection, the machine).
    /// </summary>
    private static async Task<List<TailInput>> TailAsync<T>(Timings first, Func<int, Task<T>> run)
    {
        var slowest = Enumerable.Range(0, first.Times.Length).OrderByDescending(i => first.Times[i]).Take(3).ToList();
        var tail = new List<TailInput>();
        foreach (var input in slowest)
        {
            var best = double.MaxValue;
            for (var k = 0; k < 5; k++)
            {
                var start = Stopwatch.GetTimestamp();
                await run(input);
                best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            tail.Add(new TailInput(input, first.Times[input], best));
        }

        return tail;
    }

    private static int[] GcCounts() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private static double At(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    private sealed record Timings(double Median, double P99, double Max, double Mean, double BytesPerCall, double[] Times);

    private sealed record TailInput(int Input, double FirstMs, double BestMs);
}
