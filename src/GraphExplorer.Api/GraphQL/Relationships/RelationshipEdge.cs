using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Relationships;

public sealed record RelationshipEdge(string Cursor, Relationship Node);
