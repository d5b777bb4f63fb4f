using GraphExplorer.Benchmarks.Generator;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// The benchmark query shapes as calls on <see cref="IGraphStore"/>. Each returns the part of the
/// answer that is compared with Kuzu's (the same JSON shape the Kuzu runner writes).
/// </summary>
public sealed class QueryShapes(IGraphStore store, BenchmarkQueries queries)
{
    public static readonly string[] Names = ["entity", "neighborhood", "supplyChain", "paths", "searchPrefix", "searchContains", "owners"];

    public int InputCount(string shape) => shape switch
    {
        "entity" => queries.Entity.Count,
        "neighborhood" => queries.Neighborhood.Count,
        "supplyChain" => queries.SupplyChain.Count,
        "paths" => queries.Paths.Count,
        "searchPrefix" => queries.SearchPrefix.Count,
        "searchContains" => queries.SearchContains.Count,
        "owners" => queries.Owners.Count,
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown shape"),
    };

    public Task<object> RunAsync(string shape, int input, CancellationToken cancellationToken) => shape switch
    {
        "entity" => EntityAsync(queries.Entity[input], cancellationToken),
        "neighborhood" => NeighborhoodAsync(queries.Neighborhood[input], cancellationToken),
        "supplyChain" => SupplyChainAsync(queries.SupplyChain[input], cancellationToken),
        "paths" => PathsAsync(queries.Paths[input][0], queries.Paths[input][1], cancellationToken),
        "searchPrefix" => SearchAsync(queries.SearchPrefix[input], cancellationToken),
        "searchContains" => SearchAsync(queries.SearchContains[input], cancellationToken),
        "owners" => OwnersAsync(queries.Owners[input], cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown shape"),
    };

    public async Task<object> EntityAsync(string id, CancellationToken cancellationToken)
    {
        var entities = await store.GetEntitiesAsync([id], cancellationToken);
        var relationships = await store.GetRelationshipsAsync(
            [id], new RelationshipFilter(Direction.Both, null, 50), cancellationToken);
        var list = relationships.ByEntity.TryGetValue(id, out var found) ? found : [];
        return new { id, found = entities.ContainsKey(id), relationships = list.Select(r => r.Id).ToList() };
    }

    public async Task<object> NeighborhoodAsync(string id, CancellationToken cancellationToken)
    {
        var graph = await store.NeighborhoodAsync(new NeighborhoodQuery(id, 2, Direction.Both, null, 200), cancellationToken);
        var nodes = graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        return new { id, count = nodes.Count, truncated = graph.Truncated, nodes, edges = graph.Edges.Count };
    }

    public async Task<object> SupplyChainAsync(string id, CancellationToken cancellationToken)
    {
        var chain = await store.SupplyChainAsync(new SupplyChainQuery(id, SupplyDirection.Upstream, 3, 2000), cancellationToken);
        var tiers = Enumerable.Range(1, 3)
            .Select(t => chain.Tiers.Where(x => x.Tier == t).SelectMany(x => x.Entities).Select(e => e.Id).Order(StringComparer.Ordinal).ToList())
            .ToList();
        return new { id, truncated = chain.Truncated, count = tiers.Sum(t => t.Count), tiers };
    }

    public async Task<object> PathsAsync(string from, string to, CancellationToken cancellationToken)
    {
        var paths = await store.FindShortestPathsAsync(new PathQuery(from, to, 6, null, false, 10), cancellationToken);
        return new
        {
            from,
            to,
            length = paths.Count > 0 ? paths[0].Length : (int?)null,
            paths = paths.Select(p => string.Join(' ', p.Relationships.Select(r => r.Id))).ToList(),
        };
    }

    public async Task<object> SearchAsync(string text, CancellationToken cancellationToken)
    {
        var found = await store.SearchAsync(new SearchQuery(text, null, 20), cancellationToken);
        return new { text, ids = found.Select(e => e.Id).ToList() };
    }

    public async Task<object> OwnersAsync(string id, CancellationToken cancellationToken)
    {
        var owners = await store.OwnersAsync(new OwnersQuery(id, 5, 1000), cancellationToken);
        return new
        {
            id,
            owners = owners.Select(o => o.Owner.Id).Distinct().Order(StringComparer.Ordinal).ToList(),
            ultimate = owners.Where(o => o.IsUltimate).Select(o => o.Owner.Id).Distinct().Order(StringComparer.Ordinal).ToList(),
            chains = owners.Count,
        };
    }
}
