using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace GraphExplorer.Api.Limits;

/// <summary>
/// The complexity of one field: 1 for the field itself, and for a list field a multiplier on its
/// children equal to the number of items it may return, read from its <c>first</c> or <c>limit</c>
/// argument (default values included), else from the nearest non-list parent's (a connection's
/// <c>edges</c> and <c>nodes</c>, a subgraph's <c>nodes</c> and <c>edges</c>), else
/// <see cref="QueryLimitsOptions.DefaultListSize"/>.
/// </summary>
internal static class ListSizeComplexity
{
    private static readonly string[] SizeArguments = ["first", "limit"];

    public static FieldComplexityResult Impact(FieldImpactContext context, QueryLimitsOptions limits)
    {
        // Introspection lists are the schema's own (types, fields, arguments): each field of the query counts once, and
        // their nesting is bounded by MaxIntrospectionNesting instead.
        if (!IsList(context.FieldDefinition.ResolvedType) || IsIntrospection(context))
        {
            return new FieldComplexityResult(1, 1);
        }

        var size = SizeOf(context)
            ?? (context.Parent is { } parent && !IsList(parent.FieldDefinition.ResolvedType) ? SizeOf(parent) : null)
            ?? limits.DefaultListSize;
        return new FieldComplexityResult(1, Math.Max(size, 1));
    }

    private static int? SizeOf(FieldImpactContext context)
    {
        foreach (var name in SizeArguments)
        {
            if (context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) && value.Value is int size)
            {
                return size;
            }
        }

        return null;
    }

    private static bool IsIntrospection(FieldImpactContext context) =>
        context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) ||
        context.ParentType.Name.StartsWith("__", StringComparison.Ordinal);

    private static bool IsList(IGraphType? type) =>
        (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}
