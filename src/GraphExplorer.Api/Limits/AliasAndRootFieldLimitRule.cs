using GraphExplorer.Core.Store;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Limits;

/// <summary>
/// Refuses documents with more aliased fields than <see cref="QueryLimitsOptions.MaxAliases"/>, or an
/// operation with more root fields than <see cref="QueryLimitsOptions.MaxRootFields"/>: both multiply
/// the work of one request without making it deeper.
/// </summary>
internal sealed class AliasAndRootFieldLimitRule(IOptions<QueryLimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.Value;
        var aliases = CountAliases(context.Document);
        if (aliases > limits.MaxAliases)
        {
            Report(
                context,
                $"The document has {aliases} aliased fields; the limit is {limits.MaxAliases} ({QueryLimitsOptions.SectionName}:MaxAliases).");
        }
        else if (context.Operation is { } operation)
        {
            var fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                .GroupBy(f => f.FragmentName.Name.StringValue)
                .ToDictionary(g => g.Key, g => g.First());
            var rootFields = CountFields(operation.SelectionSet, fragments, [], limits.MaxRootFields + 1);
            if (rootFields > limits.MaxRootFields)
            {
                Report(
                    context,
                    $"The operation has more than {limits.MaxRootFields} root fields; the limit is {limits.MaxRootFields} " +
                    $"({QueryLimitsOptions.SectionName}:MaxRootFields).");
            }
            else if (ExpandedFields(operation.SelectionSet, fragments, [], limits.MaxComplexity + 1L) > limits.MaxComplexity)
            {
                // Every field costs at least 1, so this many fields is past the complexity limit whatever the lists.
                // Found here in linear time; GraphQL.NET's complexity analyzer would expand every fragment spread
                // anew, which takes exponential time for fragments that spread each other twice over.
                Report(
                    context,
                    $"The query's complexity is more than {limits.MaxComplexity} (every fragment expanded); the limit is " +
                    $"{limits.MaxComplexity} ({QueryLimitsOptions.SectionName}:MaxComplexity).");
            }
        }

        return ValueTask.FromResult<INodeVisitor?>(null);
    }

    private static void Report(ValidationContext context, string message) =>
        context.ReportError(new ValidationError(message) { Code = ErrorCodes.LimitExceeded });

    private static int CountAliases(GraphQLDocument document)
    {
        var count = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    pending.Push(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    pending.Push(fragment.SelectionSet);
                    break;
            }
        }

        // An explicit stack: a deeply nested document must not overflow the call stack here.
        while (pending.TryPop(out var selectionSet))
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        if (field.Alias is not null)
                        {
                            count++;
                        }

                        if (field.SelectionSet is { } children)
                        {
                            pending.Push(children);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// Counts the fields of a selection set through fragments, up to <paramref name="cap"/>. Each fragment is
    /// counted once (memoised) and a fragment inside its own expansion counts 0, so neither cycles nor
    /// fragments spread many times over make this slow.
    /// </summary>
    private static int CountFields(
        GraphQLSelectionSet selectionSet, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, int?> memo, int cap)
    {
        var count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            if (count >= cap)
            {
                break;
            }

            count += selection switch
            {
                GraphQLField => 1,
                GraphQLInlineFragment inline => CountFields(inline.SelectionSet, fragments, memo, cap),
                GraphQLFragmentSpread spread => CountFragment(spread.FragmentName.Name.StringValue, fragments, memo, cap),
                _ => 0,
            };
        }

        return Math.Min(count, cap);
    }

    /// <summary>The number of fields once every fragment is expanded, memoised per fragment and capped at <paramref name="cap"/>.</summary>
    private static long ExpandedFields(
        GraphQLSelectionSet selectionSet, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long?> memo, long cap)
    {
        long count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            count += selection switch
            {
                GraphQLField field => 1 + (field.SelectionSet is { } children ? ExpandedFields(children, fragments, memo, cap) : 0),
                GraphQLInlineFragment inline => ExpandedFields(inline.SelectionSet, fragments, memo, cap),
                GraphQLFragmentSpread spread => ExpandedFragment(spread.FragmentName.Name.StringValue, fragments, memo, cap),
                _ => 0,
            };
            if (count >= cap)
            {
                return cap;
            }
        }

        return count;
    }

    private static long ExpandedFragment(
        string name, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long?> memo, long cap)
    {
        if (memo.TryGetValue(name, out var known))
        {
            return known ?? 0;
        }

        if (!fragments.TryGetValue(name, out var fragment))
        {
            return 0;
        }

        memo[name] = null;
        var count = ExpandedFields(fragment.SelectionSet, fragments, memo, cap);
        memo[name] = count;
        return count;
    }

    private static int CountFragment(
        string name, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, int?> memo, int cap)
    {
        if (memo.TryGetValue(name, out var known))
        {
            return known ?? 0;
        }

        if (!fragments.TryGetValue(name, out var fragment))
        {
            return 0;
        }

        memo[name] = null;
        var count = CountFields(fragment.SelectionSet, fragments, memo, cap);
        memo[name] = count;
        return count;
    }
}
