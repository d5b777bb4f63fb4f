using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed record EntityEdge(string Cursor, Entity Node);
