using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Writes;

/// <summary>A figure about an entity (see <see cref="Figure"/>); its source is the source of the write that carries it.</summary>
public sealed record FigureInput(
    string Name,
    double Amount,
    string? Unit,
    string? Qualifier,
    int? Year,
    Basis Basis,
    string? BasisNote);
