using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.GraphQL.Entities;

public sealed class CompanyType() : EntityObjectType(EntityKind.Company, "A company, including publishers and data-center providers.");
