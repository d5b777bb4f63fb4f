using GraphQLParser.AST;

namespace GraphExplorer.Api.Limits;

/// <summary>
/// How deep an operation nests, measured the way <see cref="QueryLimitsOptions.MaxDepth"/> means it (every field with a
/// selection set is one level; the root fields are level 1), except that the <c>ofType</c> chain of an introspection
/// type reference is flat: graphql-js's introspection query nests it seven levels to unwrap <c>[[T!]!]!</c>, and its
/// answer is bounded by the schema's wrappers, not by the query. What does blow up an introspection answer is nesting
/// <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> or <c>possibleTypes</c> inside one another
/// (<c>fields { type { fields { type … } } }</c>): that is counted apart, as <see cref="IntrospectionNesting"/>.
/// Fragments are measured once each (memoised), so a document whose fragments spread each other many times over is
/// measured in linear time.
/// </summary>
internal readonly record struct OperationDepth(int Depth, int IntrospectionNesting)
{
    private static readonly HashSet<string> s_typeListFields = new(StringComparer.Ordinal)
    {
        "fields", "inputFields", "interfaces", "possibleTypes",
    };

    public static OperationDepth Of(GraphQLOperationDefinition operation, GraphQLDocument document)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return Measure(operation.SelectionSet, introspection: false, fragments, []);
    }

    private static OperationDepth Measure(
        GraphQLSelectionSet selectionSet,
        bool introspection,
        Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<(string, bool), OperationDepth?> memo)
    {
        var depth = 0;
        var nesting = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var measured = selection switch
            {
                GraphQLField field => MeasureField(field, introspection, fragments, memo),
                GraphQLInlineFragment inline => Measure(inline.SelectionSet, introspection, fragments, memo),
                GraphQLFragmentSpread spread => MeasureFragment(spread.FragmentName.Name.StringValue, introspection, fragments, memo),
                _ => default,
            };
            depth = Math.Max(depth, measured.Depth);
            nesting = Math.Max(nesting, measured.IntrospectionNesting);
        }

        return new OperationDepth(depth, nesting);
    }

    private static OperationDepth MeasureField(
        GraphQLField field,
        bool introspection,
        Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<(string, bool), OperationDepth?> memo)
    {
        if (field.SelectionSet is not { } children)
        {
            return default;
        }

        var name = field.Name.StringValue;
        var inIntrospection = introspection || name is "__schema" or "__type";
        var inner = Measure(children, inIntrospection, fragments, memo);
        var level = inIntrospection && name == "ofType" ? 0 : 1;
        var nests = inIntrospection && s_typeListFields.Contains(name) ? 1 : 0;
        return new OperationDepth(inner.Depth + level, inner.IntrospectionNesting + nests);
    }

    private static OperationDepth MeasureFragment(
        string name,
        bool introspection,
        Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<(string, bool), OperationDepth?> memo)
    {
        if (memo.TryGetValue((name, introspection), out var known))
        {
            return known ?? default; // A fragment inside its own expansion: refused by validation; counts nothing here.
        }

        if (!fragments.TryGetValue(name, out var fragment))
        {
            return default;
        }

        memo[(name, introspection)] = null;
        var measured = Measure(fragment.SelectionSet, introspection, fragments, memo);
        memo[(name, introspection)] = measured;
        return measured;
    }
}
