using GraphExplorer.Core.Cypher;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Loading;

internal sealed class RelationshipDraft(string id, RelationshipType type, string fromId, string toId, SourcePosition position)
{
    public string Id { get; } = id;

    public RelationshipType Type { get; } = type;

    public string FromId { get; } = fromId;

    public string ToId { get; } = toId;

    public SourcePosition Position { get; } = position;

    public Dictionary<string, object?> Properties { get; } = new(StringComparer.Ordinal);

    public Relationship ToRelationship()
    {
        var properties = new Dictionary<string, object?>(Properties, StringComparer.Ordinal);
        properties.Remove(PropertyNames.Id);
        var relationship = new Relationship(
            Id,
            Type,
            FromId,
            ToId,
            Take<string>(properties, PropertyNames.Source),
            Take<string>(properties, PropertyNames.Evidence),
            TakeDate(properties, PropertyNames.ReportedOn),
            TakeDate(properties, PropertyNames.ValidFrom),
            TakeDate(properties, PropertyNames.ValidTo),
            properties.Where(p => p.Value is not null).ToDictionary(StringComparer.Ordinal));
        var problem = Provenance.Problem(relationship.Properties, relationship.NamedDates);
        return problem is null ? relationship : throw new CypherSyntaxException(Position, $"Relationship '{Id}': {problem}");
    }

    private T? Take<T>(Dictionary<string, object?> properties, string key)
        where T : class
    {
        if (!properties.Remove(key, out var value) || value is null)
        {
            return null;
        }

        return value as T ?? throw WrongType(key, value, "a string");
    }

    private DateOnly? TakeDate(Dictionary<string, object?> properties, string key)
    {
        if (!properties.Remove(key, out var value) || value is null)
        {
            return null;
        }

        return value as DateOnly? ?? throw WrongType(key, value, "date('YYYY-MM-DD')");
    }

    private CypherSyntaxException WrongType(string key, object value, string expected) =>
        new(Position, $"Relationship '{Id}': property '{key}' must be {expected}, not {DraftValues.Describe(value)}.");
}
