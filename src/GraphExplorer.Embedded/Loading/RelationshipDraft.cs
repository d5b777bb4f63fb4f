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

    /// <summary>A draft holding what <paramref name="relationship"/> holds, to merge a statement into.</summary>
    public static RelationshipDraft From(Relationship relationship, SourcePosition position)
    {
        var draft = new RelationshipDraft(relationship.Id, relationship.Type, relationship.FromId, relationship.ToId, position);
        foreach (var (key, value) in relationship.Properties)
        {
            draft.Properties[key] = value;
        }

        draft.Properties[PropertyNames.Source] = relationship.SourceId;
        draft.Properties[PropertyNames.Evidence] = relationship.Evidence;
        draft.Properties[PropertyNames.ReportedOn] = relationship.ReportedOn;
        draft.Properties[PropertyNames.ValidFrom] = relationship.ValidFrom;
        draft.Properties[PropertyNames.ValidTo] = relationship.ValidTo;
        return draft;
    }

    /// <summary>This draft, when a statement at <paramref name="at"/> merges the same id with the same type and ends.</summary>
    /// <exception cref="CypherSyntaxException">It does not: relationship ids are unique.</exception>
    public RelationshipDraft Matching(RelationshipType type, string fromId, string toId, SourcePosition at) =>
        Type == type && FromId == fromId && ToId == toId ? this : throw new CypherSyntaxException(
            at, $"The relationship id '{Id}' is already used by ({FromId})-[:{Type.ToCypher()}]->({ToId}) at {Position}; relationship ids must be unique.");

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
