using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class RegulatorType() : EntityObjectType(EntityKind.Regulator, "A government, agency or administration.");
