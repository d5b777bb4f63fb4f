namespace GraphExplorer.Core.Traversal;

/// <summary>How well a name matches a search text; lower is better.</summary>
public enum SearchRank
{
    Exact,
    Prefix,
    Contains,
}
