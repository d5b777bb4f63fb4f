using GraphQL.Types;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>A schema just big enough to exercise every path of the HTTP endpoint.</summary>
public sealed class TinySchema : Schema
{
    public TinySchema(IServiceProvider services)
        : base(services)
    {
        Query = new TinyQueryType();
        Mutation = new TinyMutationType();
    }
}
