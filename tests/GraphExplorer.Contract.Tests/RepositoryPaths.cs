namespace GraphExplorer.Contract.Tests;

public static class RepositoryPaths
{
    /// <summary>The repository's <c>cypher/</c> seed folder, found above the test binaries.</summary>
    public static string CypherDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln")))
            {
                return Path.Combine(dir.FullName, "cypher");
            }
        }

        throw new DirectoryNotFoundException($"No GraphExplorer.sln above {AppContext.BaseDirectory}; cannot find cypher/.");
    }
}
