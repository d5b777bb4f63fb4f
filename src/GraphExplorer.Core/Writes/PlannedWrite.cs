namespace GraphExplorer.Core.Writes;

/// <summary>
/// A write that <see cref="WriteRules"/> accepted: the Cypher statements (the seed loader's subset, without their
/// closing semicolons) that carry it out, and the change as the history will list it. <see cref="Unchanged"/>: the
/// graph already holds exactly this (a client retried), so nothing is written.
/// </summary>
public sealed record PlannedWrite(
    string Operation,
    string TargetId,
    WriteTarget Target,
    IReadOnlyList<string> Statements,
    string? SourceId,
    string? Reason,
    bool Unchanged);
