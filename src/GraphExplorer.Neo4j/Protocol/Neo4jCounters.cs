namespace GraphExplorer.Neo4j.Protocol;

/// <summary>How a statement changed the database (<c>counters</c> of the Query API).</summary>
public sealed record Neo4jCounters
{
    public static Neo4jCounters None { get; } = new();

    public bool ContainsUpdates { get; init; }
    public long NodesCreated { get; init; }
    public long NodesDeleted { get; init; }
    public long PropertiesSet { get; init; }
    public long RelationshipsCreated { get; init; }
    public long RelationshipsDeleted { get; init; }
    public long LabelsAdded { get; init; }
    public long LabelsRemoved { get; init; }
    public long IndexesAdded { get; init; }
    public long IndexesRemoved { get; init; }
    public long ConstraintsAdded { get; init; }
    public long ConstraintsRemoved { get; init; }
    public bool ContainsSystemUpdates { get; init; }
    public long SystemUpdates { get; init; }

    public static Neo4jCounters operator +(Neo4jCounters a, Neo4jCounters b) => new()
    {
        ContainsUpdates = a.ContainsUpdates || b.ContainsUpdates,
        NodesCreated = a.NodesCreated + b.NodesCreated,
        NodesDeleted = a.NodesDeleted + b.NodesDeleted,
        PropertiesSet = a.PropertiesSet + b.PropertiesSet,
        RelationshipsCreated = a.RelationshipsCreated + b.RelationshipsCreated,
        RelationshipsDeleted = a.RelationshipsDeleted + b.RelationshipsDeleted,
        LabelsAdded = a.LabelsAdded + b.LabelsAdded,
        LabelsRemoved = a.LabelsRemoved + b.LabelsRemoved,
        IndexesAdded = a.IndexesAdded + b.IndexesAdded,
        IndexesRemoved = a.IndexesRemoved + b.IndexesRemoved,
        ConstraintsAdded = a.ConstraintsAdded + b.ConstraintsAdded,
        ConstraintsRemoved = a.ConstraintsRemoved + b.ConstraintsRemoved,
        ContainsSystemUpdates = a.ContainsSystemUpdates || b.ContainsSystemUpdates,
        SystemUpdates = a.SystemUpdates + b.SystemUpdates,
    };

    public override string ToString() =>
        $"{NodesCreated} nodes created, {RelationshipsCreated} relationships created, {PropertiesSet} properties set, " +
        $"{LabelsAdded} labels added, {IndexesAdded} indexes added, {ConstraintsAdded} constraints added";
}
