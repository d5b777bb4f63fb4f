namespace GraphExplorer.Core.Store;

/// <summary>
/// A question the store cannot answer as asked. <see cref="Code"/> is stable for programs to
/// match (see <see cref="ErrorCodes"/>); the message tells a person what to change.
/// </summary>
public sealed class GraphQueryException(string code, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Code { get; } = code;

    /// <summary>For <c>NOT_FOUND</c>: the id that is not in the graph, so the API can suggest near ones.</summary>
    public string? MissingId { get; private init; }

    /// <summary>For a refused write: the input field at fault, as a path (<c>input.to</c>, <c>input.properties.percentage</c>).</summary>
    public string? Field { get; init; }

    public static GraphQueryException NotFound(string id) =>
        new(ErrorCodes.NotFound, $"No entity has the id '{id}'. Use search(text:) to find an entity's id.") { MissingId = id };
}
