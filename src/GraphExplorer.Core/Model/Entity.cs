namespace GraphExplorer.Core.Model;

/// <summary>
/// A node of the graph. <see cref="Properties"/> holds every stored property other than
/// <c>id</c>, <c>name</c>, <c>aliases</c> and <c>description</c>; values are
/// <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>,
/// <see cref="DateOnly"/> or a list of those.
/// </summary>
public sealed record Entity(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    IReadOnlyDictionary<string, object?> Properties);
