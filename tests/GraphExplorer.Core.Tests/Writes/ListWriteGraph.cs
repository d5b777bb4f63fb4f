using GraphExplorer.Core.Model;
using GraphExplorer.Core.Writes;

namespace GraphExplorer.Core.Tests.Writes;

/// <summary>A graph for the write checks, held in two lists.</summary>
internal sealed class ListWriteGraph(IEnumerable<Entity> entities, IEnumerable<Relationship> relationships) : IWriteGraph
{
    private readonly List<Entity> _entities = [.. entities];
    private readonly List<Relationship> _relationships = [.. relationships];

    public Entity? FindEntity(string id) => _entities.Find(e => e.Id == id);

    public Relationship? FindRelationship(string id) => _relationships.Find(r => r.Id == id);

    public IEnumerable<Relationship> Incoming(string entityId, RelationshipType type) =>
        _relationships.Where(r => r.ToId == entityId && r.Type == type);

    public static Entity Entity(string id, EntityKind kind, string? name = null) =>
        new(id, kind, name ?? id, [], null, new Dictionary<string, object?>());

    public static Relationship Owns(string id, string from, string to, double? percentage, IReadOnlyDictionary<string, object?>? more = null)
    {
        var properties = new Dictionary<string, object?>(more ?? new Dictionary<string, object?>());
        if (percentage is { } share)
        {
            properties[PropertyNames.Percentage] = share;
        }

        return new Relationship(id, RelationshipType.Owns, from, to, "doc-a", "says so", null, null, null, properties);
    }
}
