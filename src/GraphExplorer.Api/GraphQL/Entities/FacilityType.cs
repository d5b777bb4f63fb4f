using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class FacilityType() : EntityObjectType(EntityKind.Facility, "A data center or other site.");
