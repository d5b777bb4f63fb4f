using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.References;

/// <summary>A property that names an entity, with the entity it names.</summary>
public sealed record Reference(string Property, Entity Entity);
