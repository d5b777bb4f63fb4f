using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// The plain runner: loads one size, runs each shape on its seeded inputs (after a short
/// untimed warm-up), prints median and p99 per shape and writes the timings and answers as JSON.
/// </summary>
public static class QuickRunner
{
    public static async Task RunAsync(string size, string folder, string output, int count, CancellationToken cancellationToken)
    {
        var graph = LoadedGraph.Load(size, folder);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"embedded: loaded {folder} in {graph.LoadSeconds:F1} s ({graph.LoadCpuSeconds:F1} s CPU on all cores); working set {graph.WorkingSetMiB:F0} MiB, peak {graph.PeakWorkingSetMiB:F0} MiB, GC heap {graph.GcHeapMiB:F0} MiB"));
        var shapes = new QueryShapes(graph.Store, graph.Queries);
        var results = new Dictionary<string, object>();
        foreach (var shape in QueryShapes.Names)
        {
            var n = Math.Min(count, shapes.InputCount(shape));
            if (n == 0)
            {
                continue;
            }

            for (var i = 0; i < Math.Min(20, n); i++)
            {
                await shapes.RunAsync(shape, i, cancellationToken);
            }

            var times = new double[n];
            var answers = new object[n];
            for (var i = 0; i < n; i++)
            {
                var start = Stopwatch.GetTimestamp();
                answers[i] = await shapes.RunAsync(shape, i, cancellationToken);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            var sorted = times.Order().ToArray();
            var median = At(sorted, 0.5);
            var p99 = At(sorted, 0.99);
            results[shape] = new { n, medianMs = median, p99Ms = p99, meanMs = times.Average(), answers };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"embedded {shape,-15} median {median:F3} ms  p99 {p99:F3} ms"));
        }

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

    private static double At(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
