using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class PlaceType() : EntityObjectType(EntityKind.Place, "A country, region or city.");
