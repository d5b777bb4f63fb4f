using GraphExplorer.Core.Cypher;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Writes;
using GraphExplorer.Embedded.Loading;
using GraphExplorer.Embedded.Storage;

namespace GraphExplorer.Embedded.Writes;

/// <summary>
/// Writes applied over a snapshot without touching it: statements of the seed subset merge into drafts of only the
/// entities and relationships they touch, each started from what the snapshot holds, and <see cref="Build"/> makes
/// the next snapshot. The checks of <see cref="WriteRules"/> read through it, so each write of a batch sees the ones
/// before it.
/// </summary>
internal sealed class SnapshotChanges(GraphSnapshot snapshot) : IDraftGraph, IWriteGraph
{
    private readonly Dictionary<string, EntityDraft> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelationshipDraft> _relationships = new(StringComparer.Ordinal);

    public bool IsEmpty => _entities.Count == 0 && _relationships.Count == 0;

    /// <summary>Applies the statements of a script (a planned write, or an entry of the journal).</summary>
    /// <exception cref="CypherSyntaxException">A statement is outside the subset or does not fit the graph.</exception>
    public void Apply(string script, string file, int firstLine = 1)
    {
        try
        {
            foreach (var statement in CypherScript.Split(script, file))
            {
                SeedStatementParser.Apply(statement, this);
            }
        }
        catch (CypherSyntaxException exception) when (firstLine > 1)
        {
            var at = exception.Position;
            throw new CypherSyntaxException(at with { Line = at.Line + firstLine - 1 }, exception.Message[(at.ToString().Length + 2)..]);
        }
    }

    public EntityDraft MergeEntity(string id, SourcePosition position)
    {
        if (!_entities.TryGetValue(id, out var draft))
        {
            draft = snapshot.Find(id) is { } entity ? EntityDraft.From(entity, position) : new EntityDraft(id, position);
            _entities.Add(id, draft);
        }

        return draft;
    }

    public bool HasEntity(string id) => _entities.ContainsKey(id) || snapshot.Find(id) is not null;

    public RelationshipDraft MergeRelationship(string id, RelationshipType type, string fromId, string toId, SourcePosition position)
    {
        if (!_relationships.TryGetValue(id, out var draft))
        {
            draft = snapshot.FindRelationship(id) is { } relationship
                ? RelationshipDraft.From(relationship, position)
                : new RelationshipDraft(id, type, fromId, toId, position);
            _relationships.Add(id, draft);
        }

        return draft.Matching(type, fromId, toId, position);
    }

    public Entity? FindEntity(string id) => _entities.TryGetValue(id, out var draft) ? draft.ToEntity() : snapshot.Find(id);

    public Relationship? FindRelationship(string id) =>
        _relationships.TryGetValue(id, out var draft) ? draft.ToRelationship() : snapshot.FindRelationship(id);

    public IEnumerable<Relationship> Incoming(string entityId, RelationshipType type)
    {
        var held = snapshot.TryGetIndex(entityId, out var index)
            ? snapshot.RelationshipsOf(index, Direction.In, new HashSet<RelationshipType> { type }).Where(r => !_relationships.ContainsKey(r.Id))
            : [];
        var changed = _relationships.Values.Where(d => d.Type == type && d.ToId == entityId).Select(d => d.ToRelationship());
        return held.Concat(changed);
    }

    /// <summary>The snapshot with every change in place.</summary>
    /// <exception cref="CypherSyntaxException">A change breaks the graph model (no kind, no name, a source that is not a document).</exception>
    public GraphSnapshot Build()
    {
        var entities = _entities.Values.Select(d => d.ToEntity()).ToList();
        var relationships = new List<Relationship>(_relationships.Count);
        foreach (var draft in _relationships.Values)
        {
            var relationship = draft.ToRelationship();
            if (relationship.SourceId is { } source && FindEntity(source)?.Kind != EntityKind.Document)
            {
                throw new CypherSyntaxException(
                    draft.Position, $"Relationship '{draft.Id}' cites the source '{source}', which is not a Document entity.");
            }

            relationships.Add(relationship);
        }

        return snapshot.With(entities, relationships);
    }
}
