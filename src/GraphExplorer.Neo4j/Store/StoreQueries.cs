using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Neo4j.Store;

/// <summary>
/// The store's Cypher, one embedded <c>Queries/*.cypher</c> file per operation. User values only
/// ever travel as parameters. The few places where Cypher takes no parameter (arrow heads,
/// variable-length bounds) are marked <c>/*@name*/</c> in the file, which stays valid Cypher for
/// the lint, and are filled only from enums and validated integers.
/// </summary>
internal static partial class StoreQueries
{
    public const string Health = "Health";
    public const string GetEntities = "GetEntities";
    public const string GetRelationships = "GetRelationships";
    public const string CountRelationships = "CountRelationships";
    public const string Search = "Search";
    public const string ListEntities = "ListEntities";
    public const string FindEntities = "FindEntities";
    public const string Reach = "Reach";
    public const string MixedReach = "MixedReach";
    public const string ShortestPaths = "ShortestPaths";

    private static readonly ConcurrentDictionary<string, string> s_texts = new(StringComparer.Ordinal);

    /// <summary>The file's text as embedded; fails if it has markers, which need <see cref="Render"/>.</summary>
    public static string Text(string name)
    {
        var text = Load(name);
        return Marker().IsMatch(text)
            ? throw new InvalidOperationException($"Query {name} has /*@…*/ markers; render it with their values.")
            : text;
    }

    /// <summary>The file's text with every marker replaced; every marker must have a value and every value a marker.</summary>
    public static string Render(string name, params (string Marker, QueryFragment Value)[] values)
    {
        var text = Load(name);
        var byName = values.ToDictionary(v => v.Marker, v => v.Value.Text, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var rendered = Marker().Replace(text, match =>
        {
            var marker = match.Groups["name"].Value;
            if (!byName.TryGetValue(marker, out var value))
            {
                throw new InvalidOperationException($"Query {name} has marker /*@{marker}*/ but no value was given for it.");
            }

            used.Add(marker);
            return value;
        });
        var unused = byName.Keys.Where(k => !used.Contains(k)).ToList();
        return unused.Count == 0
            ? rendered
            : throw new InvalidOperationException($"Query {name} has no marker for {string.Join(", ", unused)}.");
    }

    /// <summary>
    /// A variable-length bound: <paramref name="value"/> less <paramref name="subtract"/> (not below 0), refused
    /// unless <paramref name="value"/> lies within [<paramref name="min"/>, <paramref name="max"/>].
    /// </summary>
    public static QueryFragment Bound(string argument, int value, int min, int max, int subtract = 0) =>
        new(Math.Max(0, TraversalLimits.Check(argument, value, min, max) - subtract).ToString(CultureInfo.InvariantCulture));

    /// <summary>The bases as the graph spells them in <c>r.basis</c>; null for no basis filter.</summary>
    public static IReadOnlyList<string>? BasisNames(IReadOnlySet<Basis>? bases) =>
        bases is { Count: > 0 } ? bases.Order().Select(Provenance.Spell).ToList() : null;

    /// <summary>The statuses as the queries spell them (as the GraphQL enum does); null for no status filter.</summary>
    public static IReadOnlyList<string>? StatusNames(IReadOnlySet<RelationshipStatus>? statuses) =>
        statuses is { Count: > 0 }
            ? statuses.Order().Select(status => status switch
            {
                RelationshipStatus.Planned => "PLANNED",
                RelationshipStatus.InForce => "IN_FORCE",
                RelationshipStatus.Ended => "ENDED",
                _ => throw new ArgumentOutOfRangeException(nameof(statuses), status, null),
            }).ToList()
            : null;

    /// <summary>
    /// What goes before the tie-breaking <c>n.id</c> of an ORDER BY, and the direction after it: descending reverses
    /// the whole order, ties included, as <see cref="EntityCriteria"/> says.
    /// </summary>
    public static (QueryFragment Key, QueryFragment Direction) Sort(EntitySort sort, bool descending)
    {
        var direction = descending ? " DESC" : "";
        var key = sort switch
        {
            EntitySort.Id => "",
            EntitySort.Name => $"toLower(n.name){direction}, ",
            EntitySort.Degree => $"degree{direction}, ",
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
        };
        return (new QueryFragment(key), new QueryFragment(direction));
    }

    /// <summary>The arrow heads of a pattern read from the walking entity: <c>(x)&lt;-[]-(y)</c> or <c>(x)-[]-&gt;(y)</c>.</summary>
    public static (QueryFragment In, QueryFragment Out) Arrows(Direction direction) => direction switch
    {
        Direction.Out => (QueryFragment.Empty, new QueryFragment(">")),
        Direction.In => (new QueryFragment("<"), QueryFragment.Empty),
        Direction.Both => (QueryFragment.Empty, QueryFragment.Empty),
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    /// <summary>
    /// The relationship types of a pattern, <c>:OWNS|SUPPLIES</c>, or nothing for every type. In the pattern
    /// rather than in a predicate on a parameter, so Neo4j's planner can use its fast paths.
    /// </summary>
    public static QueryFragment Types(IReadOnlySet<RelationshipType>? types) =>
        types is null || types.Count == 0
            ? QueryFragment.Empty
            : new QueryFragment(":" + string.Join('|', types.Order().Select(t => t.ToCypher())));

    /// <summary>The items of a list literal of type names, <c>'OWNS', 'SUPPLIES'</c>.</summary>
    public static QueryFragment TypeNameList(IReadOnlySet<RelationshipType> types) =>
        new(string.Join(", ", types.Order().Select(t => $"'{t.ToCypher()}'")));

    /// <summary>The markers of a relationship sub-query: <c>in</c>, <c>out</c> and <c>types</c>.</summary>
    public static (string Marker, QueryFragment Value)[] RelationshipMarkers(Direction direction, IReadOnlySet<RelationshipType>? types)
    {
        var (arrowIn, arrowOut) = Arrows(direction);
        return [("in", arrowIn), ("out", arrowOut), ("types", Types(types))];
    }

    private static string Load(string name) => s_texts.GetOrAdd(name, static key =>
    {
        var resource = $"GraphExplorer.Neo4j.Queries.{key}.cypher";
        using var stream = typeof(StoreQueries).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The query file {resource} is not embedded in {typeof(StoreQueries).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    [GeneratedRegex(@"/\*@(?<name>[A-Za-z]+)\*/")]
    private static partial Regex Marker();
}
