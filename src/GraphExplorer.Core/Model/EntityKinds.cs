using System.Collections.Frozen;

namespace GraphExplorer.Core.Model;

/// <summary>Maps entity kinds to and from their Neo4j label (<c>Company</c>, <c>Chip</c>).</summary>
public static class EntityKinds
{
    /// <summary>The label every entity node carries beside its kind label.</summary>
    public const string EntityLabel = "Entity";

    public static IReadOnlyList<EntityKind> All { get; } = Enum.GetValues<EntityKind>();

    private static readonly FrozenDictionary<string, EntityKind> s_byLabel =
        All.ToFrozenDictionary(k => k.ToString(), StringComparer.Ordinal);

    public static string ToLabel(this EntityKind kind) => kind.ToString();

    public static bool TryParseLabel(string label, out EntityKind kind) => s_byLabel.TryGetValue(label, out kind);
}
