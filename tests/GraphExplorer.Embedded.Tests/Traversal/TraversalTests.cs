using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;

namespace GraphExplorer.Embedded.Tests.Traversal;

public class TraversalTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private readonly EmbeddedGraphStore _store = TestGraph.Open();

    private static string[] Ids(IEnumerable<Entity> entities) => entities.Select(e => e.Id).ToArray();

    [Fact]
    public async Task Relationships_come_in_id_order_and_a_loop_only_once()
    {
        var result = await _store.GetRelationshipsAsync(["buyer", "nobody"], new RelationshipFilter(Direction.Both, null, 10), s_none);

        result.ByEntity["buyer"].Select(r => r.Id).ShouldBe(["l1", "loop", "p3", "p5", "p6"]);
        result.ByEntity.ContainsKey("nobody").ShouldBeFalse();
        result.Endpoints.Keys.ShouldBe(["buyer", "city", "s2", "s3", "maker"], ignoreOrder: true);
    }

    [Fact]
    public async Task Relationships_filter_by_type_direction_and_first()
    {
        var supplies = new HashSet<RelationshipType> { RelationshipType.Supplies };
        var result = await _store.GetRelationshipsAsync(["s2"], new RelationshipFilter(Direction.In, supplies, 1), s_none);

        result.ByEntity["s2"].Select(r => r.Id).ShouldBe(["p2"]);
    }

    [Fact]
    public async Task All_shortest_paths_in_lexicographic_order_of_relationship_ids()
    {
        var paths = await _store.FindShortestPathsAsync(new PathQuery("a", "c", 6, null, false, 10), s_none);

        paths.Select(p => string.Join(",", p.Relationships.Select(r => r.Id))).ShouldBe(["x1,x4", "x2,x3"]);
        Ids(paths[0].Nodes).ShouldBe(["a", "b2", "c"]);
    }

    [Fact]
    public async Task Directed_paths_follow_arrows_only()
    {
        var directed = await _store.FindShortestPathsAsync(new PathQuery("a", "c", 6, null, true, 10), s_none);
        var backwards = await _store.FindShortestPathsAsync(new PathQuery("c", "a", 6, null, true, 10), s_none);

        directed.Select(p => string.Join(",", p.Relationships.Select(r => r.Id))).ShouldBe(["x2,x3"]);
        backwards.ShouldBeEmpty();
    }

    [Fact]
    public async Task Paths_respect_first_max_length_and_types()
    {
        (await _store.FindShortestPathsAsync(new PathQuery("a", "c", 6, null, false, 1), s_none)).Count.ShouldBe(1);
        (await _store.FindShortestPathsAsync(new PathQuery("m1", "buyer", 1, null, false, 10), s_none)).ShouldBeEmpty();
        var owns = new HashSet<RelationshipType> { RelationshipType.Owns };
        (await _store.FindShortestPathsAsync(new PathQuery("m1", "buyer", 6, owns, false, 10), s_none)).ShouldBeEmpty();
        var self = await _store.FindShortestPathsAsync(new PathQuery("a", "a", 6, null, false, 10), s_none);
        self.ShouldHaveSingleItem().Length.ShouldBe(0);
    }

    [Fact]
    public async Task Supply_chain_tiers_take_each_entity_at_its_nearest_tier()
    {
        var chain = await _store.SupplyChainAsync(new SupplyChainQuery("buyer", SupplyDirection.Upstream, 3, 100), s_none);

        // m1 supplies s1, but both are already tier 2 (m1 also supplies s2 directly), so there is no tier 3; the route
        // m1 -> s1 within tier 2 is still listed there.
        chain.Tiers.Select(t => t.Tier).ShouldBe([1, 2]);
        Ids(chain.Tiers[0].Entities).ShouldBe(["s2", "s3", "maker"]);
        Ids(chain.Tiers[1].Entities).ShouldBe(["s1", "m1"]);
        chain.Tiers[1].Relationships.Select(r => r.Id).ShouldBe(["p2", "p4", "p1"]);
        chain.Truncated.ShouldBeFalse();
    }

    [Fact]
    public async Task Supply_chain_downstream_and_truncation()
    {
        var downstream = await _store.SupplyChainAsync(new SupplyChainQuery("m1", SupplyDirection.Downstream, 1, 100), s_none);
        var capped = await _store.SupplyChainAsync(new SupplyChainQuery("buyer", SupplyDirection.Upstream, 3, 2), s_none);

        Ids(downstream.Tiers.ShouldHaveSingleItem().Entities).ShouldBe(["s1", "s2"]);
        Ids(capped.Tiers.SelectMany(t => t.Entities)).ShouldBe(["s2", "s3"]);
        capped.Truncated.ShouldBeTrue();
    }

    [Fact]
    public async Task Owners_with_chains_and_effective_percentages()
    {
        var owners = await _store.OwnersAsync(new OwnersQuery("subsub", 5, 100), s_none);

        owners.Select(o => (o.Owner.Id, o.Depth, o.IsDirect, o.IsUltimate, o.EffectivePercentage)).ShouldBe(
        [
            ("sub", 1, true, false, 80.0),
            ("parent", 2, false, false, 40.0),
            ("holdco", 3, false, true, 24.0),
            ("founder", 3, false, true, (double?)null),
        ]);
        Ids(owners[2].Chain.Nodes).ShouldBe(["holdco", "parent", "sub", "subsub"]);
        owners[2].Chain.Relationships.Select(r => r.Id).ShouldBe(["o1", "o3", "o4"]);
    }

    [Fact]
    public async Task Owners_stop_at_max_depth_and_refuse_past_max_chains()
    {
        var owners = await _store.OwnersAsync(new OwnersQuery("subsub", 1, 100), s_none);
        owners.ShouldHaveSingleItem().Owner.Id.ShouldBe("sub");

        var error = await Should.ThrowAsync<GraphQueryException>(() => _store.OwnersAsync(new OwnersQuery("subsub", 5, 2), s_none));
        error.Code.ShouldBe(ErrorCodes.LimitExceeded);
    }

    [Fact]
    public async Task Exposure_through_supply_manufacture_issuer_and_location()
    {
        var exposures = await _store.ExposureAsync(new ExposureQuery("buyer", 4, 1000), s_none);

        // Breadth first: the country (buyer -> city -> country) and the chip (buyer <- maker -> chip) are both two steps
        // away; the city comes first among the buyer's relationships (l1 before p6).
        exposures.Select(e => (e.By.Id, e.Through.Id, e.Channel)).ShouldBe(
        [
            ("export-rule", "country", ExposureChannel.Location),
            ("rule", "chip", ExposureChannel.Supplied),
            ("agency", "chip", ExposureChannel.Supplied),
        ]);
        Ids(exposures[2].Path.Nodes).ShouldBe(["buyer", "maker", "chip", "rule", "agency"]);
        exposures[2].Path.Relationships.Select(r => r.Id).ShouldBe(["p6", "k1", "k2", "k3"]);
    }

    [Fact]
    public async Task Exposure_respects_max_depth()
    {
        var shallow = await _store.ExposureAsync(new ExposureQuery("buyer", 1, 1000), s_none);
        var self = await _store.ExposureAsync(new ExposureQuery("chip", 0, 1000), s_none);

        shallow.ShouldBeEmpty();
        self.Select(e => (e.By.Id, e.Channel)).ShouldBe([("rule", ExposureChannel.Self), ("agency", ExposureChannel.Self)]);
    }

    [Fact]
    public async Task Neighborhood_levels_limit_and_truncation()
    {
        var full = await _store.NeighborhoodAsync(new NeighborhoodQuery("s2", 1, Direction.Both, null, 200), s_none);
        var capped = await _store.NeighborhoodAsync(new NeighborhoodQuery("s2", 2, Direction.Both, null, 3), s_none);

        Ids(full.Nodes).ShouldBe(["s2", "s1", "buyer", "m1"]);
        full.Edges.Select(e => e.Id).ShouldBe(["p2", "p3", "p4", "p1", "loop"]); // walked first, then the others among the nodes
        full.Truncated.ShouldBeFalse();
        Ids(capped.Nodes).ShouldBe(["s2", "s1", "buyer"]);
        capped.Edges.Select(e => e.Id).ShouldBe(["p2", "p3", "loop"]);
        capped.Truncated.ShouldBeTrue();
    }

    [Fact]
    public async Task Search_ranks_exact_then_prefix_then_contains_over_names_and_aliases()
    {
        var found = await _store.SearchAsync(new SearchQuery("SMELTER", null, 20), s_none);
        var alias = await _store.SearchAsync(new SearchQuery("acheteur", null, 20), s_none);
        var contains = await _store.SearchAsync(new SearchQuery("one", null, 20), s_none);
        var kinds = await _store.SearchAsync(new SearchQuery("c", new HashSet<EntityKind> { EntityKind.Place }, 20), s_none);

        Ids(found).ShouldBe(["s1", "s3", "s2"]);
        Ids(alias).ShouldBe(["buyer"]);
        Ids(contains).ShouldBe(["m1", "s1"]);
        Ids(kinds).ShouldBe(["c", "city", "country"]);
    }

    [Fact]
    public async Task Entities_page_by_id_with_total_count()
    {
        var first = await _store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 2, null), s_none);
        var second = await _store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 2, first.Entities[^1].Id), s_none);

        Ids(first.Entities).ShouldBe(["a", "b1"]);
        first.TotalCount.ShouldBe(6);
        first.HasNextPage.ShouldBeTrue();
        Ids(second.Entities).ShouldBe(["b2", "c"]);
    }

    [Theory]
    [InlineData("neighborhood")]
    [InlineData("paths")]
    [InlineData("supply")]
    [InlineData("owners")]
    [InlineData("exposure")]
    public async Task Traversals_from_an_unknown_entity_are_NOT_FOUND(string traversal)
    {
        Func<Task> call = traversal switch
        {
            "neighborhood" => () => _store.NeighborhoodAsync(new NeighborhoodQuery("x", 1, Direction.Both, null, 10), s_none),
            "paths" => () => _store.FindShortestPathsAsync(new PathQuery("a", "x", 3, null, false, 10), s_none),
            "supply" => () => _store.SupplyChainAsync(new SupplyChainQuery("x", SupplyDirection.Upstream, 1, 10), s_none),
            "owners" => () => _store.OwnersAsync(new OwnersQuery("x", 1, 10), s_none),
            _ => () => _store.ExposureAsync(new ExposureQuery("x", 1, 10), s_none),
        };

        (await Should.ThrowAsync<GraphQueryException>(call)).Code.ShouldBe(ErrorCodes.NotFound);
    }
}
