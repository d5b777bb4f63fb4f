using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Writes;

/// <summary>
/// An entity to add or update. Given fields replace what the entity held under the same name; properties not given
/// stay. <see cref="Source"/> is the document that states it and <see cref="Evidence"/> what that document says.
/// </summary>
public sealed record EntityInput(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string>? Aliases,
    string? Description,
    IReadOnlyDictionary<string, object?>? Properties,
    IReadOnlyList<FigureInput>? Figures,
    string Source,
    string Evidence) : GraphWrite
{
    public override string Operation => "upsertEntity";
}
