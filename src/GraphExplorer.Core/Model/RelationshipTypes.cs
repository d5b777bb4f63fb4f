using System.Collections.Frozen;

namespace GraphExplorer.Core.Model;

/// <summary>Maps relationship types to and from their Cypher spelling (<c>OWNS</c>, <c>INTERNATIONAL_VERSION_OF</c>).</summary>
public static class RelationshipTypes
{
    public static IReadOnlyList<RelationshipType> All { get; } = Enum.GetValues<RelationshipType>();

    private static readonly string[] s_cypherNames = All.Select(ToScreamingSnake).ToArray();

    private static readonly FrozenDictionary<string, RelationshipType> s_byCypherName =
        All.ToFrozenDictionary(t => s_cypherNames[(int)t], StringComparer.Ordinal);

    public static string ToCypher(this RelationshipType type) => s_cypherNames[(int)type];

    public static bool TryParseCypher(string name, out RelationshipType type) =>
        s_byCypherName.TryGetValue(name, out type);

    private static string ToScreamingSnake(RelationshipType type)
    {
        var name = type.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
