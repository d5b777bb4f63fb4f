namespace GraphExplorer.Core.Store;

/// <summary>
/// The part of the graph a walk can touch: every relationship that one of <see cref="Steps"/> follows, of every entity
/// within <see cref="Radius"/> such steps of a start, with the entities at their ends. A store may give more (the
/// embedded store gives its whole snapshot, without copying); never less, so a walk over it answers as over the whole
/// graph. <see cref="NarrowWith"/> names the argument a caller can lower when the part is too large to fetch.
/// </summary>
public sealed record ReachQuery(IReadOnlyList<string> StartIds, IReadOnlyList<ReachStep> Steps, int Radius, string NarrowWith);
