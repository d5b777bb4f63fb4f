using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class ChipType() : EntityObjectType(EntityKind.Chip, "An AI chip or chip family.");
