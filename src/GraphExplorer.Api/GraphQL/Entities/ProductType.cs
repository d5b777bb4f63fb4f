using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class ProductType() : EntityObjectType(EntityKind.Product, "An app, service or AI model.");
