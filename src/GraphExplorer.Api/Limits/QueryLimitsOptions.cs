namespace GraphExplorer.Api.Limits;

/// <summary>
/// What one GraphQL document may ask for, checked during validation before any resolver runs.
/// Bound from <c>GraphExplorer:Limits</c>, beside the traversal bounds of the store.
/// </summary>
public sealed class QueryLimitsOptions
{
    public const string SectionName = "GraphExplorer:Limits";

    /// <summary>
    /// Deepest field nesting of the executed operation (the root fields are depth 1). The <c>ofType</c> chain of an
    /// introspection type reference does not count (see <see cref="OperationDepth"/>).
    /// </summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// Most levels of <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> and <c>possibleTypes</c> nested inside one another
    /// in an introspection query; the standard introspection query needs 1.
    /// </summary>
    public int MaxIntrospectionNesting { get; set; } = 3;

    /// <summary>
    /// Highest complexity of the executed operation: every field costs 1, times the sizes of the lists
    /// around it (a list field counts its <c>first</c> or <c>limit</c> argument).
    /// </summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>How many items a list field without a <c>first</c> or <c>limit</c> argument is counted as.</summary>
    public int DefaultListSize { get; set; } = 20;

    /// <summary>Most aliased fields in one document.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Most root fields in the executed operation, counted through fragments.</summary>
    public int MaxRootFields { get; set; } = 20;
}
