using System.Diagnostics;
using GraphExplorer.Benchmarks.Generator;

// Usage: generator --size 10k|100k|1m [--seed 42] [--queries 200] [--out benchmarks/out/10k]
string size = "10k", output = "";
int seed = 42, queries = 200;
for (var i = 0; i < args.Length - 1; i += 2)
{
    switch (args[i])
    {
        case "--size": size = args[i + 1]; break;
        case "--seed": seed = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--queries": queries = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--out": output = args[i + 1]; break;
        default: Console.Error.WriteLine($"Unknown option {args[i]}"); return 2;
    }
}

var entities = GraphSizes.Parse(size);
output = output.Length > 0 ? output : Path.Combine("benchmarks", "out", size);
var watch = Stopwatch.StartNew();
var generator = new SyntheticGraphGenerator(entities, seed, queries);
generator.Write(output);
Console.WriteLine($"Wrote {entities:N0} entities and {generator.RelationshipCount:N0} relationships to {output} in {watch.Elapsed.TotalSeconds:F1} s (seed {seed}).");
return 0;
