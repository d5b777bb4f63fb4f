using GraphExplorer.Core.Cypher;
using GraphExplorer.Core.Model;
using GraphExplorer.Embedded.Storage;

namespace GraphExplorer.Embedded.Loading;

/// <summary>
/// Loads seed scripts written in the Cypher subset of docs/graph-model.md into a new
/// <see cref="GraphSnapshot"/>. Statements are applied with MERGE semantics, so a script
/// that runs twice gives the same graph. Any statement outside the subset, or a reference to
/// an entity that does not exist, fails the whole load with its <c>file:line:column</c>.
/// </summary>
public static class CypherSeedLoader
{
    /// <summary>Loads every <c>*.cypher</c> file directly in <paramref name="directory"/>, in file-name order.</summary>
    public static GraphSnapshot LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new SeedLoadException(
                $"The seed directory '{Path.GetFullPath(directory)}' does not exist. Set GraphExplorer:SeedDirectory to the folder holding the .cypher seed scripts.");
        }

        var files = Directory.GetFiles(directory, "*.cypher", SearchOption.TopDirectoryOnly)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(path => new SeedScript(Path.GetRelativePath(Directory.GetCurrentDirectory(), path), File.ReadAllText(path)))
            .ToList();
        if (files.Count == 0)
        {
            throw new SeedLoadException($"The seed directory '{Path.GetFullPath(directory)}' holds no .cypher files.");
        }

        return Load(files);
    }

    public static GraphSnapshot Load(IEnumerable<SeedScript> scripts)
    {
        var draft = new GraphDraft();
        try
        {
            foreach (var script in scripts)
            {
                foreach (var statement in CypherScript.Split(script.Text, script.File))
                {
                    SeedStatementParser.Apply(statement, draft);
                }
            }

            return draft.Build();
        }
        catch (CypherSyntaxException exception)
        {
            throw new SeedLoadException(exception.Message, exception);
        }
    }
}
