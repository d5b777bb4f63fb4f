using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Writes;

/// <summary>
/// What a write did: the change it made (null when the graph already held it, so nothing was written) and what it
/// wrote, as it now stands.
/// </summary>
public sealed record WriteOutcome(GraphChange? Change, Entity? Entity, Relationship? Relationship);
