using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class RegulationType() : EntityObjectType(EntityKind.Regulation, "A law, rule, executive order or export control.");
