using GraphExplorer.Core.Store;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.GraphQL.Loading;

public static class ResolveFieldContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();

    public static TraversalLimits Limits(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IOptions<TraversalLimits>>().Value;
}
