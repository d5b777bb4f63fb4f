using GraphExplorer.Api.GraphQL.Entities;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL;

public sealed class GraphExplorerSchema : Schema
{
    public GraphExplorerSchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Query = query;
        Description = "GraphExplorer: companies, products, AI chips, regulators and regulations, and the documents that connect them.";
        this.RegisterType<CompanyType>();
        this.RegisterType<ProductType>();
        this.RegisterType<ChipType>();
        this.RegisterType<RegulatorType>();
        this.RegisterType<RegulationType>();
        this.RegisterType<PlaceType>();
        this.RegisterType<FacilityType>();
        this.RegisterType<PersonType>();
        this.RegisterType<Documents.DocumentType>();
    }
}
