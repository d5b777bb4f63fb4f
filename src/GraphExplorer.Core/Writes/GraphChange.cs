namespace GraphExplorer.Core.Writes;

/// <summary>
/// One accepted mutation as the history lists it: its place in the order of writes, when and by whom it was made,
/// what it touched, and on what source.
/// </summary>
public sealed record GraphChange(
    long Sequence,
    DateTimeOffset At,
    string Operation,
    string TargetId,
    string? SourceId,
    string? Reason,
    string By);
