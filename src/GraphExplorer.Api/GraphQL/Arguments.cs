using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphQL;

namespace GraphExplorer.Api.GraphQL;

/// <summary>Reads and checks arguments shared by several fields.</summary>
public static class Arguments
{
    public const int MaxIdLength = 200;

    public const string AsOfDescription = "Only relationships that hold on this date and were reported by then (default: today).";

    public static IReadOnlySet<RelationshipType>? Types(IResolveFieldContext context, string name = "types") =>
        context.GetArgument<List<RelationshipType>?>(name) is { Count: > 0 } types ? types.ToHashSet() : null;

    /// <summary>Today's date (UTC): what an answer is as of when no <c>asOf</c> is given.</summary>
    public const string BasisDescription =
        "Only relationships known on one of these bases, e.g. [STATED] for what the sources say in so many words (all when absent).";

    /// <summary>The <c>basis</c> argument as a set; null when absent or empty (every basis).</summary>
    public static IReadOnlySet<Basis>? Bases(IResolveFieldContext context) =>
        context.GetArgument<List<Basis>?>("basis") is { Count: > 0 } bases ? bases.ToHashSet() : null;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The <c>asOf</c> argument, or today: without it an answer is as of today, so a route that ended is not current.</summary>
    public static DateOnly AsOf(IResolveFieldContext context) => context.GetArgument<DateOnly?>("asOf") ?? Today;

    /// <summary>
    /// The <c>asOf</c> of the nearest field above this one that takes it (the traversal or list that returned this
    /// relationship), or today: what a relationship's status is read against.
    /// </summary>
    public static DateOnly AsOfInScope(IResolveFieldContext context)
    {
        for (var scope = context.Parent; scope is not null; scope = scope.Parent)
        {
            if (scope.FieldDefinition.Arguments?.Find("asOf") is not null)
            {
                return AsOf(scope);
            }
        }

        return Today;
    }

    public static IReadOnlySet<EntityKind>? Kinds(IResolveFieldContext context, string name = "kinds") =>
        context.GetArgument<List<EntityKind>?>(name) is { Count: > 0 } kinds ? kinds.ToHashSet() : null;

    /// <summary>An entity id argument: non-blank and of sane length.</summary>
    public static string Id(IResolveFieldContext context, string name)
    {
        var id = context.GetArgument<string>(name);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new GraphQueryException(ErrorCodes.BadUserInput, $"Argument '{name}' must be a non-empty entity id, e.g. \"bytedance\".");
        }

        if (id.Length > MaxIdLength)
        {
            throw new GraphQueryException(
                ErrorCodes.BadUserInput, $"Argument '{name}' is {id.Length} characters long; entity ids are at most {MaxIdLength}.");
        }

        return id;
    }
}
