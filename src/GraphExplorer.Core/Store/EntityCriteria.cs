using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>
/// Which entities a list holds and in what order: of these kinds (all when null or empty), whose name or an alias
/// contains <see cref="Text"/> ignoring case, that have a relationship as <see cref="Having"/> says; sorted, from
/// position <see cref="Offset"/> on.
/// </summary>
public sealed record EntityCriteria(
    IReadOnlySet<EntityKind>? Kinds, string? Text, RelationshipPresence? Having, EntitySort Sort, bool Descending, int Offset);
