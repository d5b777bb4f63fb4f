using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Introspection;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL;

public sealed class GraphExplorerSchema : Schema
{
    public GraphExplorerSchema(IServiceProvider services, QueryType query, Writes.MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;

        // The introspection of the current GraphQL specification that the standard tools ask for: __Directive.isRepeatable,
        // input-value deprecation (includeDeprecated on args and inputFields) and __Type.specifiedByURL.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        this.RegisterVisitor(new IntrospectionCompletionVisitor());
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
