using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphQL;
using GraphQLParser.AST;

namespace GraphExplorer.Api.GraphQL.Loading;

/// <summary>
/// Reads, before the entity is fetched, which relationships its selection asks for, so the entity
/// and its relationships come from the store in one call. Only the plain case is read: one field
/// that reads relationships (<c>relationships</c> with literal or variable arguments, or a
/// document's <c>mentions</c>, or an entity's <c>sources</c>), directly or in inline fragments;
/// anything else returns false and the fields load as usual, one batched call per level.
/// </summary>
public static class RelationshipsLookahead
{
    private const string FieldName = "relationships";

    private static readonly IReadOnlySet<RelationshipType> s_mentions = new HashSet<RelationshipType> { RelationshipType.Mentions };

    /// <summary>The filter a field that reads relationships without arguments uses; see EntityFields and DocumentType.</summary>
    public static RelationshipFilter Mentions(TraversalLimits limits) => new(Direction.Out, s_mentions, limits.MaxRelationshipsPerEntity);

    public static RelationshipFilter Sources(TraversalLimits limits) => new(Direction.In, s_mentions, limits.MaxRelationshipsPerEntity);

    /// <summary>The relationships asked of the entity (or entities) this field returns; null when none or not readable.</summary>
    public static RelationshipFilter? Read(IResolveFieldContext context, TraversalLimits limits) =>
        TryRead(context, [context.FieldAst.SelectionSet], limits, out var filter) ? filter : null;

    /// <summary>The relationships asked of the entities of a connection, under <c>edges { node }</c> or <c>nodes</c>.</summary>
    public static RelationshipFilter? ReadInConnection(IResolveFieldContext context, TraversalLimits limits)
    {
        var selections = context.FieldAst.SelectionSet?.Selections ?? [];
        var entitySets = selections.OfType<GraphQLField>()
            .Where(f => f.Name.StringValue == "nodes")
            .Select(f => f.SelectionSet)
            .Concat(selections.OfType<GraphQLField>()
                .Where(f => f.Name.StringValue == "edges")
                .SelectMany(f => f.SelectionSet?.Selections.OfType<GraphQLField>() ?? [])
                .Where(f => f.Name.StringValue == "node")
                .Select(f => f.SelectionSet))
            .ToList();
        return selections.All(s => s is GraphQLField) && TryRead(context, entitySets, limits, out var filter) ? filter : null;
    }

    private static bool TryRead(
        IResolveFieldContext context, IReadOnlyList<GraphQLSelectionSet?> selectionSets, TraversalLimits limits, out RelationshipFilter filter)
    {
        filter = null!;
        var fields = new List<GraphQLField>();
        foreach (var selectionSet in selectionSets)
        {
            if (selectionSet is null || !Collect(selectionSet, fields))
            {
                return false;
            }
        }

        if (fields.Count != 1)
        {
            return false;
        }

        switch (fields[0].Name.StringValue)
        {
            case "mentions":
                filter = Mentions(limits);
                return true;
            case "sources":
                filter = Sources(limits);
                return true;
        }

        var direction = Direction.Both;
        HashSet<RelationshipType>? types = null;
        var first = limits.MaxRelationshipsPerEntity;
        var asOf = Arguments.Today;
        foreach (var argument in fields[0].Arguments?.Items ?? [])
        {
            var value = Resolve(context, argument.Value);
            switch (argument.Name.StringValue)
            {
                case "direction" when value is Direction given:
                    direction = given;
                    break;
                case "direction" when value is string name && Enum.TryParse(name, ignoreCase: true, out Direction parsed):
                    direction = parsed;
                    break;
                case "direction" or "types" or "first" or "asOf" when value is null:
                    break;
                case "asOf" when value is DateOnly date:
                    asOf = date;
                    break;
                case "asOf" when value is string text && Scalars.CalendarDateGraphType.TryParse(text, out var parsedDate):
                    asOf = parsedDate;
                    break;
                case "types" when value is IEnumerable<object?> list && TryParseTypes(list, out var parsedTypes):
                    types = parsedTypes;
                    break;
                case "first" when value is int number && number >= 0 && number <= limits.MaxRelationshipsPerEntity:
                    first = number;
                    break;
                default:
                    return false;
            }
        }

        filter = new RelationshipFilter(direction, types is { Count: > 0 } ? types : null, first) { AsOf = asOf };
        return true;
    }

    private static bool Collect(GraphQLSelectionSet selectionSet, List<GraphQLField> fields)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when field.Name.StringValue is FieldName or "mentions" or "sources":
                    if (field.Directives?.Items.Count > 0)
                    {
                        return false;
                    }

                    fields.Add(field);
                    break;
                case GraphQLField:
                    break;
                case GraphQLInlineFragment fragment when fragment.Directives is null or { Items.Count: 0 }:
                    if (!Collect(fragment.SelectionSet, fields))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static object? Resolve(IResolveFieldContext context, GraphQLValue value) => value switch
    {
        GraphQLVariable variable => context.Variables.ValueFor(variable.Name.StringValue, out var argument) ? argument.Value : null,
        GraphQLEnumValue enumValue => enumValue.Name.StringValue,
        GraphQLIntValue intValue => int.TryParse(intValue.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : value,
        GraphQLListValue list => list.Values?.Select(v => Resolve(context, v)).ToList() ?? [],
        GraphQLNullValue => null,
        _ => value,
    };

    private static bool TryParseTypes(IEnumerable<object?> values, out HashSet<RelationshipType> types)
    {
        types = [];
        foreach (var value in values)
        {
            switch (value)
            {
                case RelationshipType type:
                    types.Add(type);
                    break;
                case string name when RelationshipTypes.TryParseCypher(name, out var parsed):
                    types.Add(parsed);
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
