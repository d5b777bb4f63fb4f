namespace GraphExplorer.Contract.Tests;

public static class RepositoryPaths
{
    /// <summary>The repository's <c>cypher/</c> seed folder, found above the test binaries.</summary>
    public static string CypherDirectory() => Path.Combine(Root(), "cypher");

    /// <summary>The seed document the graph is read from, in <c>shared/seeds/</c> beside the repository.</summary>
    public static string SeedDocument()
    {
        var path = Path.GetFullPath(Path.Combine(Root(), "..", "shared", "seeds", "000_c4fc644a30ee8e09.txt"));
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The seed document is not at {path}; the provenance checks compare the graph with it, so shared/ must sit beside the repository.", path);
    }

    /// <summary>The notes on how the seed reads its document.</summary>
    public static string SeedNotes() => Path.Combine(Root(), "docs", "seed-notes.md");

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No GraphExplorer.sln above {AppContext.BaseDirectory}; cannot find the repository.");
    }
}
