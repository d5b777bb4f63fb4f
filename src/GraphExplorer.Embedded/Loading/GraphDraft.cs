using GraphExplorer.Core.Cypher;
using GraphExplorer.Core.Model;
using GraphExplorer.Embedded.Storage;

namespace GraphExplorer.Embedded.Loading;

/// <summary>Entities and relationships as the statements merge them, before they are checked and frozen.</summary>
internal sealed class GraphDraft : IDraftGraph
{
    private readonly Dictionary<string, EntityDraft> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelationshipDraft> _relationships = new(StringComparer.Ordinal);

    public EntityDraft MergeEntity(string id, SourcePosition position)
    {
        if (!_entities.TryGetValue(id, out var entity))
        {
            entity = new EntityDraft(id, position);
            _entities.Add(id, entity);
        }

        return entity;
    }

    public bool HasEntity(string id) => _entities.ContainsKey(id);

    public RelationshipDraft MergeRelationship(
        string id, RelationshipType type, string fromId, string toId, SourcePosition position)
    {
        if (_relationships.TryGetValue(id, out var existing))
        {
            return existing.Matching(type, fromId, toId, position);
        }

        var relationship = new RelationshipDraft(id, type, fromId, toId, position);
        _relationships.Add(id, relationship);
        return relationship;
    }

    public GraphSnapshot Build()
    {
        var builder = new GraphBuilder(_entities.Count, _relationships.Count);
        foreach (var entity in _entities.Values)
        {
            builder.AddEntity(entity.ToEntity());
        }

        foreach (var draft in _relationships.Values)
        {
            var relationship = draft.ToRelationship();
            if (relationship.SourceId is { } source && _entities.GetValueOrDefault(source)?.Kind != EntityKind.Document)
            {
                throw new CypherSyntaxException(
                    draft.Position, $"Relationship '{draft.Id}' cites the source '{source}', which is not a Document entity.");
            }

            builder.AddRelationship(relationship);
        }

        return builder.Build();
    }
}
