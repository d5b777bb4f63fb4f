using System.Text;

namespace GraphExplorer.Contract.Tests.SeedFacts;

/// <summary>
/// Finds runs of words a text copies from a document: words are compared in lower case with punctuation and
/// apostrophes dropped, so "TikTok’s future" and "tiktoks future" are the same two words.
/// </summary>
public sealed class CopiedWords
{
    private readonly int _runLength;
    private readonly HashSet<string> _documentRuns = new(StringComparer.Ordinal);

    public CopiedWords(string document, int runLength)
    {
        _runLength = runLength;
        foreach (var run in Runs(Words(document)))
        {
            _documentRuns.Add(run);
        }
    }

    /// <summary>The first run of <c>runLength</c> consecutive words of <paramref name="text"/> that the document also has; null if none.</summary>
    public string? FirstCopiedRun(string text) => Runs(Words(text)).FirstOrDefault(_documentRuns.Contains);

    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '’'))
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

    private IEnumerable<string> Runs(IReadOnlyList<string> words)
    {
        for (var i = 0; i + _runLength <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(_runLength));
        }
    }
}
