using BenchmarkDotNet.Running;
using GraphExplorer.Benchmarks;

// --quick --size 10k [--data benchmarks/out/10k] [--out ours.json] [--count 100]: the plain runner.
// Anything else goes to BenchmarkDotNet (e.g. --filter '*' ).
if (args.Contains("--quick"))
{
    string size = "10k", data = "", output = "";
    var count = 100;
    for (var i = 0; i < args.Length - 1; i++)
    {
        switch (args[i])
        {
            case "--size": size = args[++i]; break;
            case "--data": data = args[++i]; break;
            case "--out": output = args[++i]; break;
            case "--count": count = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
            default: break;
        }
    }

    data = data.Length > 0 ? data : DataFolder.For(size);
    output = output.Length > 0 ? output : Path.Combine(data, "ours.json");
    await QuickRunner.RunAsync(size, data, output, count, CancellationToken.None);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(StoreBenchmarks).Assembly).Run(args);
return 0;
