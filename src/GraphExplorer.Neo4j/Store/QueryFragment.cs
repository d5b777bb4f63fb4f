namespace GraphExplorer.Neo4j.Store;

/// <summary>
/// Text that may be put into a query. Only <see cref="StoreQueries"/> makes them, from enums and
/// validated integers, so no user value can become Cypher.
/// </summary>
internal readonly record struct QueryFragment
{
    internal QueryFragment(string text) => Text = text;

    public static QueryFragment Empty { get; } = new(string.Empty);

    public string Text { get; }
}
