using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

public sealed record PathQuery(
    string FromId, string ToId, int MaxLength, IReadOnlySet<RelationshipType>? Types, bool Directed, int First);
