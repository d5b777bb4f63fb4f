using GraphExplorer.Core.Cypher;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Loading;

internal sealed class EntityDraft(string id, SourcePosition position)
{
    public string Id { get; } = id;

    public SourcePosition Position { get; } = position;

    public EntityKind? Kind { get; private set; }

    public Dictionary<string, object?> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>A draft holding what <paramref name="entity"/> holds, to merge a statement into.</summary>
    public static EntityDraft From(Entity entity, SourcePosition position)
    {
        var draft = new EntityDraft(entity.Id, position) { Kind = entity.Kind };
        foreach (var (key, value) in entity.Properties)
        {
            draft.Properties[key] = value;
        }

        draft.Properties[PropertyNames.Name] = entity.Name;
        draft.Properties[PropertyNames.Aliases] = entity.Aliases.Cast<object?>().ToList();
        draft.Properties[PropertyNames.Description] = entity.Description;
        return draft;
    }

    public void SetKind(EntityKind kind, SourcePosition at)
    {
        if (Kind is { } existing && existing != kind)
        {
            throw new CypherSyntaxException(
                at, $"Entity '{Id}' is already a {existing.ToLabel()}; an entity has exactly one kind label, so it cannot also be a {kind.ToLabel()}.");
        }

        Kind = kind;
    }

    public Entity ToEntity()
    {
        if (Kind is null)
        {
            throw new CypherSyntaxException(
                Position, $"Entity '{Id}' has no kind label; add one, e.g. SET n:Company (kinds: {string.Join(", ", EntityKinds.All)}).");
        }

        var properties = new Dictionary<string, object?>(Properties, StringComparer.Ordinal);
        var name = Take<string>(properties, PropertyNames.Name) ?? throw new CypherSyntaxException(
            Position, $"Entity '{Id}' has no name; set n.name or n += {{name: '…'}}.");
        var aliases = Take<IReadOnlyList<object?>>(properties, PropertyNames.Aliases);
        var description = Take<string>(properties, PropertyNames.Description);
        properties.Remove(PropertyNames.Id);
        var entity = new Entity(
            Id,
            Kind.Value,
            name,
            aliases?.Select(a => a as string ?? throw new CypherSyntaxException(Position, $"Entity '{Id}': aliases must be a list of strings.")).ToArray() ?? [],
            description,
            properties.Where(p => p.Value is not null).ToDictionary(StringComparer.Ordinal));
        return Provenance.Problem(entity.Properties) is { } problem ? throw new CypherSyntaxException(Position, $"Entity '{Id}': {problem}") : entity;
    }

    private T? Take<T>(Dictionary<string, object?> properties, string key)
        where T : class
    {
        if (!properties.Remove(key, out var value) || value is null)
        {
            return null;
        }

        return value as T ?? throw new CypherSyntaxException(
            Position, $"Entity '{Id}': property '{key}' has the wrong type ({DraftValues.Describe(value)}).");
    }
}
