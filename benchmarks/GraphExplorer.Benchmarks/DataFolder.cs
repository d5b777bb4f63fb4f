namespace GraphExplorer.Benchmarks;

/// <summary>Where a generated graph of a size lives: <c>GRAPHEXPLORER_BENCH_DATA</c> or <c>benchmarks/out</c> of the repository.</summary>
public static class DataFolder
{
    public static string For(string size)
    {
        var root = Environment.GetEnvironmentVariable("GRAPHEXPLORER_BENCH_DATA");
        if (string.IsNullOrEmpty(root))
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln")))
            {
                directory = directory.Parent;
            }

            root = Path.Combine(directory?.FullName ?? Directory.GetCurrentDirectory(), "benchmarks", "out");
        }

        return Path.Combine(root, size);
    }
}
