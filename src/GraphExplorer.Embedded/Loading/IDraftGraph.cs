using GraphExplorer.Core.Cypher;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Loading;

/// <summary>What a statement of the seed subset merges into: the whole draft of a load, or the changes of a write.</summary>
internal interface IDraftGraph
{
    EntityDraft MergeEntity(string id, SourcePosition position);

    bool HasEntity(string id);

    /// <exception cref="CypherSyntaxException">The id is held by a relationship of another type or between other ends.</exception>
    RelationshipDraft MergeRelationship(string id, RelationshipType type, string fromId, string toId, SourcePosition position);
}
