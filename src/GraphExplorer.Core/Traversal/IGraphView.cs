using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// What the traversals need from a graph: entities by id and the relationships of one entity.
/// The embedded store answers from its indexes; the Neo4j store from a subgraph it fetched.
/// </summary>
public interface IGraphView
{
    /// <summary>True when the view holds the whole graph, so no walk needs to fetch more (the embedded store's snapshot).</summary>
    bool IsWholeGraph => false;

    Entity? Find(string id);

    /// <summary>Relationships of the entity in relationship-id order; <paramref name="types"/> null or empty means all.</summary>
    IEnumerable<Relationship> RelationshipsOf(string id, Direction direction, IReadOnlySet<RelationshipType>? types);
}
