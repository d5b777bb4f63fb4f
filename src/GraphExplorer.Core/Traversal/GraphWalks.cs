using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Traversal;

/// <summary>
/// A traversal is a walk: the part of the graph it can touch (a <see cref="ReachQuery"/>) and the code that walks it.
/// The same walk runs over either store, so both answer alike by construction.
/// </summary>
public static class GraphWalks
{
    /// <summary>
    /// Fetches what the walk can touch and walks it, as of <paramref name="asOf"/> and over relationships known on
    /// <paramref name="bases"/>, when given.
    /// </summary>
    public static async Task<T> WalkAsync<T>(
        this IGraphStore store, ReachQuery reach, Func<IGraphView, T> walk, CancellationToken cancellationToken,
        DateOnly? asOf = null, IReadOnlySet<Basis>? bases = null) =>
        walk(View(await store.FetchReachAsync(reach, cancellationToken).ConfigureAwait(false), asOf, bases));

    /// <summary>The fetched graph narrowed to a date and to bases, where given.</summary>
    public static IGraphView View(IGraphView graph, DateOnly? asOf, IReadOnlySet<Basis>? bases) => BasisView.Of(AsOfView.Of(graph, asOf), bases);

    /// <summary>A whole graph walks on its own keys (see <see cref="IWalkableView"/>); a fetched one on its records.</summary>
    public static async Task<Subgraph> NeighborhoodAsync(this IGraphStore store, NeighborhoodQuery query, CancellationToken cancellationToken)
    {
        var fetched = await store.FetchReachAsync(NeighborhoodWalk.Reach(query), cancellationToken).ConfigureAwait(false);
        return fetched is IWalkableView whole
            ? NeighborhoodWalk.Run(whole, query)
            : NeighborhoodWalk.Run(View(fetched, query.AsOf, query.Bases), query);
    }

    public static Task<SupplyChain> SupplyChainAsync(this IGraphStore store, SupplyChainQuery query, CancellationToken cancellationToken) =>
        store.WalkAsync(SupplyChainWalk.Reach(query), graph => SupplyChainWalk.Run(graph, query), cancellationToken, query.AsOf, query.Bases);

    public static Task<IReadOnlyList<Ownership>> OwnersAsync(this IGraphStore store, OwnersQuery query, CancellationToken cancellationToken) =>
        store.WalkAsync(OwnershipWalk.Reach(query), graph => OwnershipWalk.Run(graph, query), cancellationToken, query.AsOf, query.Bases);

    /// <summary>
    /// Two fetches: what the walk can touch, then the rules on the items its supplies deliver (which may lie anywhere in
    /// the graph); a view of the whole graph needs no second.
    /// </summary>
    public static async Task<IReadOnlyList<Exposure>> ExposureAsync(this IGraphStore store, ExposureQuery query, CancellationToken cancellationToken)
    {
        var fetched = await store.FetchReachAsync(ExposureWalk.Reach(query), cancellationToken).ConfigureAwait(false);
        if (!fetched.IsWholeGraph && ExposureWalk.SuppliedItems(View(fetched, query.AsOf, query.Bases), query) is { Count: > 0 } items)
        {
            fetched = new UnionView(fetched, await store.FetchReachAsync(ExposureWalk.ItemReach(items), cancellationToken).ConfigureAwait(false));
        }

        return ExposureWalk.Run(View(fetched, query.AsOf, query.Bases), query);
    }
}
