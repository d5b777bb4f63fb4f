using GraphExplorer.Core.Model;
using GraphExplorer.Neo4j.Protocol;

namespace GraphExplorer.Neo4j.Store;

/// <summary>
/// Turns Query API nodes and relationships into the model. A node's kind is its label other than
/// <c>Entity</c>; <c>id</c>, <c>name</c>, <c>aliases</c> and <c>description</c> become fields and
/// every other property goes to <see cref="Entity.Properties"/>, as the embedded loader does.
/// </summary>
internal static class GraphMapper
{
    public static Entity ToEntity(Neo4jNode node)
    {
        EntityKind? kind = null;
        foreach (var label in node.Labels)
        {
            if (label != EntityKinds.EntityLabel && EntityKinds.TryParseLabel(label, out var parsed))
            {
                kind = kind is null ? parsed : throw Malformed(node, $"it has two kind labels, {kind} and {parsed}");
            }
        }

        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        string? id = null, name = null, description = null;
        IReadOnlyList<string> aliases = [];
        foreach (var (key, value) in node.Properties)
        {
            switch (key)
            {
                case PropertyNames.Id:
                    id = value as string ?? throw Malformed(node, "its id is not a string");
                    break;
                case PropertyNames.Name:
                    name = value as string ?? throw Malformed(node, "its name is not a string");
                    break;
                case PropertyNames.Description:
                    description = value as string;
                    break;
                case PropertyNames.Aliases:
                    aliases = value is IEnumerable<object?> list
                        ? list.Select(a => a as string ?? throw Malformed(node, "an alias is not a string")).ToArray()
                        : throw Malformed(node, "its aliases are not a list");
                    break;
                default:
                    if (value is not null)
                    {
                        properties[key] = value;
                    }

                    break;
            }
        }

        return new Entity(
            id ?? throw Malformed(node, "it has no id"),
            kind ?? throw Malformed(node, $"it has no kind label (one of {string.Join(", ", EntityKinds.All)})"),
            name ?? throw Malformed(node, "it has no name"),
            aliases,
            description,
            properties);
    }

    /// <summary>Maps a relationship; <paramref name="entityIdOf"/> gives our id of a node by its element id.</summary>
    public static Relationship ToRelationship(Neo4jRelationship relationship, Func<string, string?> entityIdOf)
    {
        if (!RelationshipTypes.TryParseCypher(relationship.Type, out var type))
        {
            throw new InvalidDataException($"Relationship {relationship.ElementId} has type {relationship.Type}, which the graph model does not know.");
        }

        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        string? id = null, source = null, evidence = null;
        DateOnly? reportedOn = null, validFrom = null, validTo = null;
        foreach (var (key, value) in relationship.Properties)
        {
            switch (key)
            {
                case PropertyNames.Id:
                    id = value as string;
                    break;
                case PropertyNames.Source:
                    source = value as string;
                    break;
                case PropertyNames.Evidence:
                    evidence = value as string;
                    break;
                case PropertyNames.ReportedOn:
                    reportedOn = value as DateOnly?;
                    break;
                case PropertyNames.ValidFrom:
                    validFrom = value as DateOnly?;
                    break;
                case PropertyNames.ValidTo:
                    validTo = value as DateOnly?;
                    break;
                default:
                    if (value is not null)
                    {
                        properties[key] = value;
                    }

                    break;
            }
        }

        var from = entityIdOf(relationship.StartNodeElementId);
        var to = entityIdOf(relationship.EndNodeElementId);
        if (id is null || from is null || to is null)
        {
            throw new InvalidDataException(
                $"Relationship {relationship.ElementId} ({relationship.Type}) has no id property, or an end the answer did not include.");
        }

        return new Relationship(id, type, from, to, source, evidence, reportedOn, validFrom, validTo, properties);
    }

    /// <summary>Maps nodes and the relationships between them, each once (answers may repeat them).</summary>
    public static (Dictionary<string, Entity> Entities, List<Relationship> Relationships) ToGraph(
        IEnumerable<object?> nodes, IEnumerable<object?> relationships)
    {
        var idByElement = new Dictionary<string, string>(StringComparer.Ordinal);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var node in nodes.OfType<Neo4jNode>())
        {
            if (idByElement.ContainsKey(node.ElementId))
            {
                continue;
            }

            var entity = ToEntity(node);
            idByElement[node.ElementId] = entity.Id;
            entities.TryAdd(entity.Id, entity);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var mapped = new List<Relationship>();
        foreach (var relationship in relationships.OfType<Neo4jRelationship>())
        {
            if (seen.Add(relationship.ElementId))
            {
                mapped.Add(ToRelationship(relationship, e => idByElement.GetValueOrDefault(e)));
            }
        }

        return (entities, mapped);
    }

    public static IReadOnlyList<object?> List(Neo4jRecord record, string field) => record[field] switch
    {
        IReadOnlyList<object?> list => list,
        null => [],
        var other => throw new InvalidDataException($"Field '{field}' holds {other.GetType().Name}, not a list."),
    };

    private static InvalidDataException Malformed(Neo4jNode node, string why) =>
        new($"Node {node.ElementId} is not an entity of the graph model: {why}.");
}
