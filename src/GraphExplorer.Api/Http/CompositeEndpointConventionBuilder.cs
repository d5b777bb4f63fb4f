using Microsoft.AspNetCore.Builder;

namespace GraphExplorer.Api.Http;

/// <summary>Applies each convention to several endpoints, so that e.g. RequireCors covers them all.</summary>
internal sealed class CompositeEndpointConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders)
    : IEndpointConventionBuilder
{
    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (var builder in builders)
        {
            builder.Add(convention);
        }
    }

    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        foreach (var builder in builders)
        {
            builder.Finally(finallyConvention);
        }
    }
}
