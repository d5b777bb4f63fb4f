using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class PersonType() : EntityObjectType(EntityKind.Person, "A person a source names.");
