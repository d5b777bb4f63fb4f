namespace GraphExplorer.Core.Writes;

/// <summary>
/// One mutation of the graph, as a client asks for it. <see cref="WriteRules"/> checks it against the graph and turns
/// it into the statements that carry it out; a store applies them all or none.
/// </summary>
public abstract record GraphWrite
{
    /// <summary>The mutation's name, as the API spells it (<c>addRelationship</c>); the history records it.</summary>
    public abstract string Operation { get; }
}
