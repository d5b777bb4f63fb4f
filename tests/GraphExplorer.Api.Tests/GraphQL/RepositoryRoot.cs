namespace GraphExplorer.Api.Tests.GraphQL;

internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("GraphExplorer.sln was not found above the test's folder.");
    }
}
