using GraphExplorer.Benchmarks.Generator;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;
using GraphExplorer.Embedded.Bulk;
using GraphExplorer.Embedded.Tests.Traversal;

namespace GraphExplorer.Embedded.Tests.Bulk;

/// <summary>
/// The benchmark pipeline at its smallest: a generated graph, bulk-loaded, every query shape run
/// once and checked against a naive computation that scans all relationships.
/// </summary>
public sealed class BulkSmokeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"graphexplorer-smoke-{Guid.NewGuid():N}");
    private readonly EmbeddedGraphStore _store;
    private readonly NaiveGraphView _naive;
    private readonly BenchmarkQueries _queries;
    private readonly IReadOnlyList<Relationship> _relationships;

    public BulkSmokeTests()
    {
        new SyntheticGraphGenerator(entityCount: 600, seed: 7, queriesPerShape: 6).Write(_folder);
        var snapshot = CsvGraphReader.Load(_folder);
        _store = new EmbeddedGraphStore(snapshot);
        _relationships = snapshot.Relationships;
        _naive = new NaiveGraphView(snapshot.Entities, snapshot.Relationships);
        _queries = BenchmarkQueries.Read(Path.Combine(_folder, "queries.json"));
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void The_generated_files_load_whole()
    {
        var relationshipLines = File.ReadLines(Path.Combine(_folder, CsvGraphReader.RelationshipsFileName)).Count(l => l.Length > 0) - 1;
        var entityLines = File.ReadLines(Path.Combine(_folder, CsvGraphReader.EntitiesFileName)).Count(l => l.Length > 0) - 1;

        _store.Snapshot.EntityCount.ShouldBe(entityLines);
        _store.Snapshot.RelationshipCount.ShouldBe(relationshipLines);
        _relationships.Select(r => r.Id).Distinct().Count().ShouldBe(relationshipLines);
    }

    [Fact]
    public async Task Entity_with_its_first_50_relationships()
    {
        foreach (var id in _queries.Entity)
        {
            var result = await _store.GetRelationshipsAsync([id], new RelationshipFilter(Direction.Both, null, 50), Token);

            result.ByEntity[id].Select(r => r.Id).ShouldBe(_naive.RelationshipsOf(id, Direction.Both, null).Take(50).Select(r => r.Id));
        }
    }

    [Fact]
    public async Task Two_hop_neighborhood_holds_what_lies_within_two_hops()
    {
        foreach (var id in _queries.Neighborhood)
        {
            var whole = await _store.NeighborhoodAsync(new NeighborhoodQuery(id, 2, Direction.Both, null, 100_000), Token);
            var capped = await _store.NeighborhoodAsync(new NeighborhoodQuery(id, 2, Direction.Both, null, 200), Token);

            var levels = NaiveLevels(id, Direction.Both, null, 2);
            whole.Truncated.ShouldBeFalse();
            whole.Nodes.Select(n => n.Id).Order().ShouldBe(levels.SelectMany(l => l).Order());
            capped.Nodes.Count.ShouldBe(Math.Min(200, levels.Sum(l => l.Count)));
            capped.Nodes.ShouldAllBe(n => levels.Any(l => l.Contains(n.Id)));
        }
    }

    [Fact]
    public async Task Three_tier_upstream_supply_chain_is_the_levels_of_incoming_supplies()
    {
        var supplies = new HashSet<RelationshipType> { RelationshipType.Supplies };
        foreach (var id in _queries.SupplyChain)
        {
            var chain = await _store.SupplyChainAsync(new SupplyChainQuery(id, SupplyDirection.Upstream, 3, 100_000), Token);

            var levels = NaiveLevels(id, Direction.In, supplies, 3);
            for (var tier = 1; tier <= 3; tier++)
            {
                var entities = chain.Tiers.Where(t => t.Tier == tier).SelectMany(t => t.Entities).Select(e => e.Id).Order();
                entities.ShouldBe(levels[tier].Order(), $"tier {tier} of {id}");
            }
        }
    }

    [Fact]
    public async Task Shortest_paths_are_as_long_as_the_distance_and_as_the_reference_lists_them()
    {
        foreach (var pair in _queries.Paths)
        {
            var query = new PathQuery(pair[0], pair[1], 6, null, false, 10);
            var paths = await _store.FindShortestPathsAsync(query, Token);

            var levels = NaiveLevels(pair[0], Direction.Both, null, 6);
            var distance = levels.FindIndex(l => l.Contains(pair[1]));
            if (distance < 0)
            {
                paths.ShouldBeEmpty();
                continue;
            }

            paths.ShouldNotBeEmpty();
            paths.ShouldAllBe(p => p.Length == distance);
            foreach (var path in paths)
            {
                for (var i = 0; i < path.Length; i++)
                {
                    path.Relationships[i].OtherEnd(path.Nodes[i].Id).ShouldBe(path.Nodes[i + 1].Id);
                }
            }

            paths.Select(p => string.Join(' ', p.Relationships.Select(r => r.Id)))
                .ShouldBe(ReferenceShortestPaths.Run(_naive, query).Select(p => string.Join(' ', p.Relationships.Select(r => r.Id))));
        }
    }

    [Fact]
    public async Task Search_ranks_as_a_scan_of_every_name_does()
    {
        foreach (var text in _queries.SearchPrefix.Concat(_queries.SearchContains))
        {
            var found = await _store.SearchAsync(new SearchQuery(text, null, 20), Token);

            var normalized = SearchRanking.Normalize(text);
            var expected = SearchRanking.Order(
                _store.Snapshot.Entities
                    .Select(e => (Entity: e, Rank: SearchRanking.RankOf(e, normalized)))
                    .Where(m => m.Rank is not null)
                    .Select(m => (m.Entity, m.Rank!.Value)),
                20);
            found.Select(e => e.Id).ShouldBe(expected.Select(e => e.Id), text);
        }
    }

    [Fact]
    public async Task Owners_are_the_entities_that_reach_it_through_owns()
    {
        var owns = new HashSet<RelationshipType> { RelationshipType.Owns };
        foreach (var id in _queries.Owners)
        {
            var owners = await _store.OwnersAsync(new OwnersQuery(id, 5, 1000), Token);

            var levels = NaiveLevels(id, Direction.In, owns, 5);
            owners.Select(o => o.Owner.Id).Distinct().Order().ShouldBe(levels.Skip(1).SelectMany(l => l).Order());
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Entities by their distance from <paramref name="start"/> (level 0 is the start), up to <paramref name="depth"/>.</summary>
    private List<HashSet<string>> NaiveLevels(string start, Direction direction, IReadOnlySet<RelationshipType>? types, int depth)
    {
        var seen = new HashSet<string> { start };
        var levels = new List<HashSet<string>> { new() { start } };
        for (var level = 1; level <= depth; level++)
        {
            var next = new HashSet<string>();
            foreach (var id in levels[^1])
            {
                foreach (var relationship in _naive.RelationshipsOf(id, direction, types))
                {
                    if (seen.Add(relationship.OtherEnd(id)))
                    {
                        next.Add(relationship.OtherEnd(id));
                    }
                }
            }

            levels.Add(next);
        }

        return levels;
    }
}
