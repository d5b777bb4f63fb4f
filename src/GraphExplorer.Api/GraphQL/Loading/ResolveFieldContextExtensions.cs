using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.GraphQL.Loading;

public static class ResolveFieldContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();

    public static TraversalLimits Limits(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IOptions<TraversalLimits>>().Value;

    /// <summary>
    /// The entity with this id, or null; when its selection asks for relationships that can be read ahead,
    /// they come in the same store call.
    /// </summary>
    public static IDataLoaderResult<Entity?> LoadEntity(this IResolveFieldContext context, string id) =>
        RelationshipsLookahead.Read(context, context.Limits()) is { } filter
            ? LoaderResult.FromTask(context.Loaders().EntityWithRelationshipsAsync(id, filter, context.CancellationToken))
            : context.Loaders().Entity(id);
}
