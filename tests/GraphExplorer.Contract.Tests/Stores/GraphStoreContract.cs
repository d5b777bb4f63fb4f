using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;

namespace GraphExplorer.Contract.Tests.Stores;

/// <summary>
/// What every <see cref="IGraphStore"/> answers about the seed graph (<c>cypher/</c>), written once and run
/// against each store. The expected answers are facts of the seed document, in the order the interface promises.
/// </summary>
public abstract class GraphStoreContract
{
    protected abstract Task<IGraphStore> OpenStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HashSet<RelationshipType> Types(params RelationshipType[] types) => [.. types];

    [Fact]
    public async Task GetEntities_returns_the_known_ids_with_every_field_and_leaves_out_unknown_ones()
    {
        var store = await OpenStoreAsync();
        var found = await store.GetEntitiesAsync(["bytedance", "nvidia-h20", "no-such-entity"], Ct);

        found.Keys.Order(StringComparer.Ordinal).ShouldBe(["bytedance", "nvidia-h20"]);
        var bytedance = found["bytedance"];
        bytedance.Kind.ShouldBe(EntityKind.Company);
        bytedance.Name.ShouldBe("ByteDance");
        bytedance.Aliases.ShouldBe(["Bitbeat", "TikTok owner"]);
        bytedance.Description.ShouldNotBeNullOrWhiteSpace();
        bytedance.Properties["capex2025Amount"].ShouldBe(150_000_000_000L);
        bytedance.Properties["capex2025Unit"].ShouldBe("CNY");
        bytedance.Properties.ShouldNotContainKey("id");
        bytedance.Properties.ShouldNotContainKey("name");
        found["nvidia-h20"].Kind.ShouldBe(EntityKind.Chip);
    }

    [Fact]
    public async Task GetEntities_of_no_ids_is_empty()
    {
        var store = await OpenStoreAsync();
        (await store.GetEntitiesAsync([], Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_document_keeps_its_date_and_publisher_as_properties()
    {
        var store = await OpenStoreAsync();
        var document = (await store.GetEntitiesAsync(["doc-reuters-2025-01-23-bytedance-ai-capex"], Ct)).Values.Single();
        document.Kind.ShouldBe(EntityKind.Document);
        document.Properties["publishedOn"].ShouldBe(new DateOnly(2025, 1, 23));
        document.Properties["publisher"].ShouldBe("Reuters");
    }

    [Fact]
    public async Task GetRelationships_gives_each_entity_its_relationships_in_id_order_with_both_ends()
    {
        var store = await OpenStoreAsync();
        var result = await store.GetRelationshipsAsync(
            ["bytedance", "nvidia", "no-such-entity"], new RelationshipFilter(Direction.Out, Types(RelationshipType.Owns, RelationshipType.Supplies), 100), Ct);

        result.ByEntity.Keys.Order(StringComparer.Ordinal).ShouldBe(["bytedance", "nvidia"]);
        result.ByEntity["bytedance"].Select(r => r.Id).ShouldBe(["bytedance-owns-bytedance-southeast-asia-computing", "bytedance-owns-tiktok"]);
        result.ByEntity["nvidia"].Select(r => r.Id).ShouldBe(
            ["nvidia-supplies-bytedance-7bn-plan", "nvidia-supplies-bytedance-capex-2025", "nvidia-supplies-bytedance-h20", "nvidia-supplies-microsoft"]);
        result.Endpoints.Keys.Order(StringComparer.Ordinal).ShouldBe(
            ["bytedance", "bytedance-southeast-asia-computing", "microsoft", "nvidia", "tiktok"]);

        var owns = result.ByEntity["bytedance"][1];
        owns.Type.ShouldBe(RelationshipType.Owns);
        owns.FromId.ShouldBe("bytedance");
        owns.ToId.ShouldBe("tiktok");
        owns.SourceId.ShouldNotBeNullOrWhiteSpace();
        owns.ReportedOn.ShouldNotBeNull();
    }

    [Fact]
    public async Task GetRelationships_takes_the_first_n_per_entity_in_each_direction()
    {
        var store = await OpenStoreAsync();
        var incoming = await store.GetRelationshipsAsync(
            ["bytedance"], new RelationshipFilter(Direction.In, Types(RelationshipType.Supplies), 3), Ct);
        incoming.ByEntity["bytedance"].Select(r => r.Id).ShouldBe(
            ["cambricon-technologies-supplies-bytedance", "huawei-technologies-supplies-bytedance", "microsoft-supplies-bytedance"]);

        var both = await store.GetRelationshipsAsync(["microsoft"], new RelationshipFilter(Direction.Both, null, 1000), Ct);
        var ids = both.ByEntity["microsoft"].Select(r => r.Id).ToList();
        ids.ShouldContain("nvidia-supplies-microsoft");
        ids.ShouldContain("microsoft-supplies-bytedance");
        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
        ids.ShouldBeUnique();

        var none = await store.GetRelationshipsAsync(["bytedance"], new RelationshipFilter(Direction.Both, null, 0), Ct);
        none.ByEntity["bytedance"].ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_ranks_exact_then_prefix_then_contains_then_by_name()
    {
        var store = await OpenStoreAsync();
        var found = await store.SearchAsync(new SearchQuery("TikTok", null, 4), Ct);

        found.Select(e => e.Id).ShouldBe(["tiktok", "bytedance", "tiktok-ban-law", "doc-tiktok-us-legal-crackdown-children"]);
    }

    [Fact]
    public async Task Search_finds_aliases_and_filters_by_kind()
    {
        var store = await OpenStoreAsync();
        (await store.SearchAsync(new SearchQuery("bitbeat", null, 10), Ct)).Select(e => e.Id).ShouldBe(["bytedance"]);
        var chips = await store.SearchAsync(new SearchQuery("nvidia", new HashSet<EntityKind> { EntityKind.Chip }, 10), Ct);
        chips.ShouldNotBeEmpty();
        chips.ShouldAllBe(e => e.Kind == EntityKind.Chip);
        chips.Select(e => e.Id).ShouldContain("nvidia-h20");
        (await store.SearchAsync(new SearchQuery("zzz-nothing", null, 10), Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ListEntities_pages_by_id_with_a_total()
    {
        var store = await OpenStoreAsync();
        var first = await store.ListEntitiesAsync(new EntityListQuery(null, 3, null), Ct);
        first.TotalCount.ShouldBe(64);
        first.HasNextPage.ShouldBeTrue();
        first.Entities.Count.ShouldBe(3);
        first.Entities.Select(e => e.Id).ShouldBe(first.Entities.Select(e => e.Id).Order(StringComparer.Ordinal).ToList());

        var next = await store.ListEntitiesAsync(new EntityListQuery(null, 3, first.Entities[^1].Id), Ct);
        string.CompareOrdinal(next.Entities[0].Id, first.Entities[^1].Id).ShouldBeGreaterThan(0);

        var all = await store.ListEntitiesAsync(new EntityListQuery(null, 500, null), Ct);
        all.Entities.Count.ShouldBe(64);
        all.HasNextPage.ShouldBeFalse();
        next.Entities.Select(e => e.Id).ShouldBe(all.Entities.Skip(3).Take(3).Select(e => e.Id));

        var chips = await store.ListEntitiesAsync(new EntityListQuery(EntityKind.Chip, 500, null), Ct);
        chips.Entities.ShouldAllBe(e => e.Kind == EntityKind.Chip);
        chips.TotalCount.ShouldBe(chips.Entities.Count);
        chips.Entities.Select(e => e.Id).ShouldContain("nvidia-h20");

        var last = await store.ListEntitiesAsync(new EntityListQuery(null, 10, all.Entities[^1].Id), Ct);
        last.Entities.ShouldBeEmpty();
        last.HasNextPage.ShouldBeFalse();
        last.TotalCount.ShouldBe(64);
    }

    [Fact]
    public async Task Neighborhood_walks_breadth_first_in_id_order()
    {
        var store = await OpenStoreAsync();
        var tiktok = await store.NeighborhoodAsync(
            new NeighborhoodQuery("tiktok", 1, Direction.In, Types(RelationshipType.Owns, RelationshipType.Regulates), 100), Ct);

        tiktok.Nodes.Select(n => n.Id).ShouldBe(["tiktok", "bytedance", "chinese-government", "donald-trump", "us-government"]);
        tiktok.Edges.Select(e => e.Id).ShouldBe(
            ["bytedance-owns-tiktok", "chinese-government-regulates-tiktok", "donald-trump-regulates-tiktok", "us-government-regulates-tiktok"]);
        tiktok.Truncated.ShouldBeFalse();

        var limited = await store.NeighborhoodAsync(new NeighborhoodQuery("bytedance", 2, Direction.Both, null, 5), Ct);
        limited.Nodes.Count.ShouldBe(5);
        limited.Nodes[0].Id.ShouldBe("bytedance");
        limited.Truncated.ShouldBeTrue();
    }

    [Fact]
    public async Task Neighborhood_of_an_unknown_entity_is_not_found()
    {
        var store = await OpenStoreAsync();
        var error = await Should.ThrowAsync<GraphQueryException>(
            () => store.NeighborhoodAsync(new NeighborhoodQuery("no-such-entity", 2, Direction.Both, null, 10), Ct));
        error.Code.ShouldBe(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task GetRelationships_with_statuses_gives_what_was_reported_by_the_date_and_stands_so_on_it()
    {
        var store = await OpenStoreAsync();
        var ended = new RelationshipFilter(Direction.In, Types(RelationshipType.Supplies), 100)
        {
            AsOf = new DateOnly(2025, 6, 1),
            Statuses = new HashSet<RelationshipStatus> { RelationshipStatus.Ended },
        };

        var closed = await store.GetRelationshipsAsync(["bytedance"], ended, Ct);
        var notYetReported = await store.GetRelationshipsAsync(["bytedance"], ended with { AsOf = new DateOnly(2025, 1, 20) }, Ct);

        closed.ByEntity["bytedance"].Select(r => r.Id).ShouldBe(["third-party-data-center-providers-supplies-bytedance"]);
        notYetReported.ByEntity["bytedance"].ShouldBeEmpty();
    }

    [Fact]
    public async Task GetRelationships_with_bases_gives_only_what_is_known_on_them()
    {
        var store = await OpenStoreAsync();
        var into = new RelationshipFilter(Direction.In, Types(RelationshipType.PartOf), 100);

        var outside = await store.GetRelationshipsAsync(["asia"], into with { Bases = new HashSet<Basis> { Basis.Outside } }, Ct);
        var stated = await store.GetRelationshipsAsync(["asia"], into with { Bases = new HashSet<Basis> { Basis.Stated } }, Ct);
        var supplies = await store.GetRelationshipsAsync(
            ["bytedance"], new RelationshipFilter(Direction.In, Types(RelationshipType.Supplies), 100) { Bases = new HashSet<Basis> { Basis.Stated } }, Ct);

        // That China and Southeast Asia lie in Asia is geography, not the article.
        outside.ByEntity["asia"].Select(r => r.Id).ShouldBe(["china-part-of-asia", "southeast-asia-part-of-asia"]);
        stated.ByEntity["asia"].ShouldBeEmpty();
        supplies.ByEntity["bytedance"].Select(r => r.Id).ShouldBe(["microsoft-supplies-bytedance"]);
        supplies.ByEntity["bytedance"].Single().Basis.ShouldBe(Basis.Stated);
    }

    [Fact]
    public async Task Walks_over_stated_relationships_follow_only_what_the_sources_say()
    {
        var store = await OpenStoreAsync();
        var stated = new HashSet<Basis> { Basis.Stated };

        var chain = await store.SupplyChainAsync(new SupplyChainQuery("bytedance", SupplyDirection.Upstream, 3, 100) { Bases = stated }, Ct);
        var around = await store.NeighborhoodAsync(
            new NeighborhoodQuery("asia", 1, Direction.In, Types(RelationshipType.PartOf), 50) { Bases = new HashSet<Basis> { Basis.Outside } }, Ct);

        // The article names Microsoft's cloud in so many words; the chip makers' sales and Nvidia's to Microsoft it implies.
        chain.Tiers.Select(t => t.Entities.Select(e => e.Id).ToList()).ShouldBe([["microsoft"]]);
        chain.Tiers.SelectMany(t => t.Relationships).ShouldAllBe(r => r.Basis == Basis.Stated);
        around.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal).ShouldBe(["asia", "china", "southeast-asia"]);
    }

    [Fact]
    public async Task Criteria_filter_by_kind_text_and_relationship_and_order_by_name_or_degree()
    {
        var store = await OpenStoreAsync();
        async Task<IReadOnlyList<string>> Ids(EntityCriteria criteria, int first = 100) =>
            (await store.ListEntitiesAsync(new EntityListQuery(null, first, null) { Criteria = criteria }, Ct)).Entities.Select(e => e.Id).ToList();

        var chipsByName = await store.ListEntitiesAsync(
            new EntityListQuery(null, 100, null) { Criteria = new EntityCriteria(new HashSet<EntityKind> { EntityKind.Chip }, null, null, EntitySort.Name, false, 0) }, Ct);
        chipsByName.TotalCount.ShouldBe(4);
        chipsByName.Entities.Select(e => e.Name.ToLowerInvariant()).ShouldBe(chipsByName.Entities.Select(e => e.Name.ToLowerInvariant()).Order(StringComparer.Ordinal));

        (await Ids(new EntityCriteria(null, "BITBEAT", null, EntitySort.Id, false, 0))).ShouldBe(["bytedance"]);
        (await Ids(new EntityCriteria(null, null, new RelationshipPresence(RelationshipType.Manufactures, Direction.Out), EntitySort.Id, false, 0)))
            .ShouldBe(["cambricon-technologies", "huawei-technologies", "nvidia"]);
        (await Ids(new EntityCriteria(null, null, new RelationshipPresence(RelationshipType.Manufactures, Direction.In), EntitySort.Id, true, 0)))
            .ShouldBe(["nvidia-h20", "nvidia-ai-chips", "huawei-ai-chips", "cambricon-ai-chips"]);

        var byDegree = await Ids(new EntityCriteria(null, null, null, EntitySort.Degree, true, 0));
        var counts = await store.CountRelationshipsAsync(byDegree.ToList(), Ct);
        var degrees = byDegree.Select(id => counts[id].Sum(c => c.Count)).ToList();
        degrees.ShouldBe(degrees.OrderDescending());
        degrees[0].ShouldBeGreaterThan(degrees[^1]);

        var secondPage = await store.ListEntitiesAsync(
            new EntityListQuery(null, 5, null) { Criteria = new EntityCriteria(null, null, null, EntitySort.Degree, true, 5) }, Ct);
        secondPage.Entities.Select(e => e.Id).ShouldBe(byDegree.Skip(5).Take(5));
        secondPage.HasNextPage.ShouldBeTrue();
    }

    [Fact]
    public async Task Shortest_paths_are_all_of_the_shortest_length_in_relationship_id_order()
    {
        var store = await OpenStoreAsync();
        var paths = await store.FindShortestPathsAsync(new PathQuery("nvidia", "tiktok", 4, null, Directed: true, 10), Ct);

        paths.Select(p => string.Join(" ", p.Relationships.Select(r => r.Id))).ShouldBe(
        [
            "nvidia-supplies-bytedance-7bn-plan bytedance-owns-tiktok",
            "nvidia-supplies-bytedance-capex-2025 bytedance-owns-tiktok",
            "nvidia-supplies-bytedance-h20 bytedance-owns-tiktok",
        ]);
        paths[0].Nodes.Select(n => n.Id).ShouldBe(["nvidia", "bytedance", "tiktok"]);

        var first = await store.FindShortestPathsAsync(new PathQuery("nvidia", "tiktok", 4, null, Directed: true, 1), Ct);
        first.Count.ShouldBe(1);
        (await store.FindShortestPathsAsync(new PathQuery("tiktok", "nvidia", 4, null, Directed: true, 10), Ct)).ShouldBeEmpty();
        (await store.FindShortestPathsAsync(new PathQuery("tiktok", "nvidia", 1, null, Directed: false, 10), Ct)).ShouldBeEmpty();
        var undirected = await store.FindShortestPathsAsync(new PathQuery("tiktok", "nvidia", 2, null, Directed: false, 10), Ct);
        undirected.Select(p => string.Join(" ", p.Relationships.Select(r => r.Id))).ShouldBe(
        [
            "bytedance-owns-tiktok nvidia-supplies-bytedance-7bn-plan",
            "bytedance-owns-tiktok nvidia-supplies-bytedance-capex-2025",
            "bytedance-owns-tiktok nvidia-supplies-bytedance-h20",
            "doc-reuters-2025-01-23-bytedance-ai-capex-mentions-tiktok doc-reuters-2025-01-23-bytedance-ai-capex-mentions-nvidia",
            "us-government-regulates-tiktok us-government-regulates-nvidia",
        ]);
    }

    [Fact]
    public async Task Shortest_paths_as_of_a_date_follow_only_relationships_that_hold_then()
    {
        var store = await OpenStoreAsync();
        var supplies = Types(RelationshipType.Supplies);
        var whenever = await store.FindShortestPathsAsync(
            new PathQuery("bytedance", "third-party-data-center-providers", 3, supplies, false, 10), Ct);
        whenever.Single().Relationships.Single().Id.ShouldBe("third-party-data-center-providers-supplies-bytedance");

        // The leasing route ended on 2025-01-13; the document reporting it is of 2025-01-23.
        (await store.FindShortestPathsAsync(
            new PathQuery("bytedance", "third-party-data-center-providers", 3, supplies, false, 10) { AsOf = new DateOnly(2025, 1, 23) }, Ct))
            .ShouldBeEmpty();

        var owned = await store.FindShortestPathsAsync(
            new PathQuery("bytedance", "tiktok", 2, Types(RelationshipType.Owns), true, 10) { AsOf = new DateOnly(2025, 1, 23) }, Ct);
        owned.Single().Relationships.Single().Id.ShouldBe("bytedance-owns-tiktok");
    }

    [Fact]
    public async Task A_path_from_an_entity_to_itself_is_that_entity_and_unknown_ends_are_not_found()
    {
        var store = await OpenStoreAsync();
        var self = await store.FindShortestPathsAsync(new PathQuery("tiktok", "tiktok", 3, null, false, 10), Ct);
        self.Single().Nodes.Select(n => n.Id).ShouldBe(["tiktok"]);
        self.Single().Length.ShouldBe(0);

        var error = await Should.ThrowAsync<GraphQueryException>(
            () => store.FindShortestPathsAsync(new PathQuery("tiktok", "no-such-entity", 3, null, false, 10), Ct));
        error.Code.ShouldBe(ErrorCodes.NotFound);
        error.Message.ShouldContain("no-such-entity");
    }

    [Fact]
    public async Task Supply_chain_lists_suppliers_tier_by_tier()
    {
        var store = await OpenStoreAsync();
        var upstream = await store.SupplyChainAsync(new SupplyChainQuery("bytedance", SupplyDirection.Upstream, 3, 100), Ct);

        upstream.Root.Id.ShouldBe("bytedance");
        upstream.Tiers.Count.ShouldBe(1);
        upstream.Tiers[0].Entities.Select(e => e.Id).ShouldBe(
            ["cambricon-technologies", "huawei-technologies", "microsoft", "nvidia", "third-party-data-center-providers"]);
        // Seven routes into ByteDance, and Nvidia's supply to Microsoft, the source of the cloud route, within tier 1.
        upstream.Tiers[0].Relationships.Count.ShouldBe(8);
        upstream.Tiers[0].Relationships.Select(r => r.Id).ShouldContain("nvidia-supplies-microsoft");
        upstream.Truncated.ShouldBeFalse();

        var downstream = await store.SupplyChainAsync(new SupplyChainQuery("nvidia", SupplyDirection.Downstream, 3, 1), Ct);
        downstream.Tiers.Single().Entities.Select(e => e.Id).ShouldBe(["bytedance"]);
        downstream.Truncated.ShouldBeTrue();
    }

    [Fact]
    public async Task Owners_follow_owns_backwards()
    {
        var store = await OpenStoreAsync();
        var owners = await store.OwnersAsync(new OwnersQuery("tiktok", 5, 100), Ct);

        var owner = owners.Single();
        owner.Owner.Id.ShouldBe("bytedance");
        owner.IsDirect.ShouldBeTrue();
        owner.IsUltimate.ShouldBeTrue();
        owner.Chain.Nodes.Select(n => n.Id).ShouldBe(["bytedance", "tiktok"]);
        (await store.OwnersAsync(new OwnersQuery("bytedance", 5, 100), Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Exposure_finds_the_rules_that_reach_an_entity_and_their_issuers()
    {
        var store = await OpenStoreAsync();
        var exposure = await store.ExposureAsync(new ExposureQuery("bytedance", 2, 1000), Ct);
        var by = exposure.Select(e => e.By.Id).ToList();

        exposure.Select(e => (e.By.Id, e.Through.Id)).ShouldBeUnique();
        by.ShouldContain("tiktok-ban-law");
        by.ShouldContain("us-government");
        by.ShouldContain("chinese-government");
        var ban = exposure.First(e => e.By.Id == "tiktok-ban-law");
        ban.Channel.ShouldBe(Core.Store.ExposureChannel.Self);
        ban.Through.Id.ShouldBe("bytedance");
        var china = exposure.First(e => e.By.Id == "chinese-government");
        china.Channel.ShouldBe(Core.Store.ExposureChannel.Owned);
        china.Through.Id.ShouldBe("tiktok");
        china.Path.Nodes.Select(n => n.Id).ShouldBe(["bytedance", "tiktok", "chinese-government"]);
    }

    [Fact]
    public async Task Exposure_follows_what_a_supply_delivers_and_explains_itself_every_way_up_to_the_depth()
    {
        var store = await OpenStoreAsync();
        var exposures = await store.ExposureAsync(new ExposureQuery("bytedance", 2, 1000) { AsOf = new DateOnly(2025, 2, 1) }, Ct);

        // Microsoft makes no chips, but the Nvidia chips its cloud gives ByteDance are restricted all the same.
        var chips = exposures.Single(e => e.By.Id == "us-ai-chip-rules-2025-01" && e.Through.Id == "nvidia-ai-chips");
        chips.Channel.ShouldBe(ExposureChannel.Supplied);
        chips.Supply!.Id.ShouldBe("microsoft-supplies-bytedance");
        chips.Rule!.Id.ShouldBe("us-ai-chip-rules-2025-01-restricts-nvidia-ai-chips");
        chips.Path.Relationships.Select(r => r.Id).ShouldBe(["microsoft-supplies-bytedance"]);

        var every = chips.Explain!(100);
        every[0].ShouldBe(chips.Path, new GraphPathComparer());
        every.Select(p => p.Length).ShouldBe(every.Select(p => p.Length).Order());
        every.ShouldContain(p => p.Relationships.Select(r => r.Id).SequenceEqual(new[]
        {
            "nvidia-supplies-bytedance-capex-2025", "nvidia-manufactures-nvidia-ai-chips", "us-ai-chip-rules-2025-01-restricts-nvidia-ai-chips",
        }));
        every.ShouldAllBe(p => p.Nodes[0].Id == "bytedance");
        chips.Explain(1).Count.ShouldBe(1);
    }

    private sealed class GraphPathComparer : IEqualityComparer<GraphPath>
    {
        public bool Equals(GraphPath? x, GraphPath? y) =>
            x!.Relationships.Select(r => r.Id).SequenceEqual(y!.Relationships.Select(r => r.Id)) && x.Nodes.Select(n => n.Id).SequenceEqual(y.Nodes.Select(n => n.Id));

        public int GetHashCode(GraphPath obj) => obj.Length;
    }

    [Fact]
    public async Task Common_neighbors_are_the_entities_joined_to_every_asked_one_with_the_relationships_that_join_them()
    {
        var store = await OpenStoreAsync();
        string[] suppliers = ["nvidia", "huawei-technologies", "cambricon-technologies"];
        var filter = new RelationshipFilter(Direction.Out, Types(RelationshipType.Supplies), 50);

        var common = await store.WalkAsync(
            CommonNeighborsWalk.Reach(suppliers, filter), graph => CommonNeighborsWalk.Run(graph, suppliers, filter), Ct);

        common.Of.Select(e => e.Id).ShouldBe(suppliers);
        var buyer = common.Neighbors.ShouldHaveSingleItem();
        buyer.Neighbor.Id.ShouldBe("bytedance");
        buyer.Relationships.Select(r => r.Id).ShouldBe([
            "cambricon-technologies-supplies-bytedance", "huawei-technologies-supplies-bytedance",
            "nvidia-supplies-bytedance-7bn-plan", "nvidia-supplies-bytedance-capex-2025", "nvidia-supplies-bytedance-h20"]);
        buyer.Relationships.ShouldAllBe(r => r.ToId == "bytedance" && suppliers.Contains(r.FromId));
    }

    [Fact]
    public async Task Common_neighbors_in_every_direction_leave_out_the_asked_entities_and_keep_id_order()
    {
        var store = await OpenStoreAsync();
        string[] pair = ["nvidia", "huawei-technologies"];
        var filter = new RelationshipFilter(Direction.Both, null, 50);

        var common = await store.WalkAsync(CommonNeighborsWalk.Reach(pair, filter), graph => CommonNeighborsWalk.Run(graph, pair, filter), Ct);
        var firstOne = await store.WalkAsync(
            CommonNeighborsWalk.Reach(pair, filter with { First = 1 }), graph => CommonNeighborsWalk.Run(graph, pair, filter with { First = 1 }), Ct);

        var ids = common.Neighbors.Select(n => n.Neighbor.Id).ToList();
        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
        ids.ShouldContain("bytedance");
        ids.ShouldNotContain("nvidia");
        ids.ShouldNotContain("huawei-technologies");
        common.Neighbors.ShouldAllBe(n => n.Relationships.Any(r => r.FromId == "nvidia" || r.ToId == "nvidia") &&
                                          n.Relationships.Any(r => r.FromId == "huawei-technologies" || r.ToId == "huawei-technologies"));
        firstOne.Neighbors.Select(n => n.Neighbor.Id).ShouldBe([ids[0]]);
    }

    [Fact]
    public async Task Common_neighbors_of_an_unknown_entity_is_not_found()
    {
        var store = await OpenStoreAsync();
        string[] ids = ["nvidia", "no-such-entity"];
        var filter = new RelationshipFilter(Direction.Both, null, 50);

        var error = await Should.ThrowAsync<GraphQueryException>(
            () => store.WalkAsync(CommonNeighborsWalk.Reach(ids, filter), graph => CommonNeighborsWalk.Run(graph, ids, filter), Ct));

        error.Code.ShouldBe(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task A_neighborhood_draws_every_relationship_among_its_nodes()
    {
        var store = await OpenStoreAsync();
        var subgraph = await store.NeighborhoodAsync(new NeighborhoodQuery("bytedance", 2, Direction.Both, null, 500), Ct);
        var ids = subgraph.Nodes.Select(n => n.Id).ToHashSet();

        var all = await store.GetRelationshipsAsync(ids, new RelationshipFilter(Direction.Both, null, 10_000), Ct);
        var among = all.ByEntity.Values.SelectMany(r => r).Where(r => ids.Contains(r.FromId) && ids.Contains(r.ToId))
            .Select(r => r.Id).ToHashSet();

        subgraph.Edges.Select(e => e.Id).ShouldBeUnique();
        subgraph.Edges.Select(e => e.Id).ToHashSet().SetEquals(among).ShouldBeTrue(
            $"missing: {string.Join(", ", among.Except(subgraph.Edges.Select(e => e.Id)))}");
        subgraph.Edges.ShouldContain(e => (e.FromId == "alphabet" && e.ToId == "google") || (e.FromId == "google" && e.ToId == "alphabet"));
    }

    [Fact]
    public async Task A_neighborhood_can_leave_out_documents_and_mentions()
    {
        var store = await OpenStoreAsync();
        var query = new NeighborhoodQuery("bytedance", 2, Direction.Both, null, 500)
        {
            ExcludeTypes = Types(RelationshipType.Mentions),
            ExcludeKinds = new HashSet<EntityKind> { EntityKind.Document },
        };
        var onlyCompanies = new NeighborhoodQuery("bytedance", 1, Direction.Both, null, 500)
        {
            Kinds = new HashSet<EntityKind> { EntityKind.Company },
        };

        var subgraph = await store.NeighborhoodAsync(query, Ct);
        var companies = await store.NeighborhoodAsync(onlyCompanies, Ct);

        subgraph.Nodes.ShouldNotContain(n => n.Kind == EntityKind.Document);
        subgraph.Edges.ShouldNotContain(e => e.Type == RelationshipType.Mentions);
        subgraph.Nodes.Select(n => n.Id).ShouldContain("nvidia");
        companies.Nodes.ShouldAllBe(n => n.Kind == EntityKind.Company);
        companies.Nodes.Count.ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task Relationship_counts_by_type_and_direction_match_the_relationships()
    {
        var store = await OpenStoreAsync();
        var counts = await store.CountRelationshipsAsync(["bytedance", "tiktok", "no-such-entity"], Ct);
        var relationships = await store.GetRelationshipsAsync(["bytedance"], new RelationshipFilter(Direction.Both, null, 10_000), Ct);

        counts.Keys.Order(StringComparer.Ordinal).ShouldBe(["bytedance", "tiktok"]);
        var expected = relationships.ByEntity["bytedance"]
            .SelectMany(r => new[] { (r.Type, Direction.Out, r.FromId == "bytedance"), (r.Type, Direction.In, r.ToId == "bytedance") })
            .Where(k => k.Item3)
            .GroupBy(k => (k.Type, k.Item2))
            .Select(g => new RelationshipCount(g.Key.Type, g.Key.Item2, g.Count()))
            .OrderBy(c => c.Direction == Direction.Out ? 0 : 1).ThenBy(c => c.Type)
            .ToList();
        counts["bytedance"].ShouldBe(expected);
        counts["bytedance"].ShouldContain(new RelationshipCount(RelationshipType.Owns, Direction.Out, 2));
        counts["tiktok"].ShouldContain(new RelationshipCount(RelationshipType.Owns, Direction.In, 1));
    }

    [Fact]
    public async Task A_search_and_a_page_bring_the_relationships_they_are_asked_for()
    {
        var store = await OpenStoreAsync();
        var filter = new RelationshipFilter(Direction.Out, new HashSet<RelationshipType> { RelationshipType.Owns, RelationshipType.Develops }, 3);

        var found = await store.SearchAsync(new SearchQuery("byte", null, 5, filter), Ct);
        var page = await store.ListEntitiesAsync(new EntityListQuery(EntityKind.Company, 5, null, filter), Ct);

        found.Select(e => e.Id).ShouldContain("bytedance");
        found.Relationships.ShouldNotBeNull();
        Canonical.Of(found.Relationships).ShouldBe(Canonical.Of(await store.GetRelationshipsAsync(found.Select(e => e.Id).ToList(), filter, Ct)));
        found.Relationships.ByEntity["bytedance"].Count.ShouldBe(3);
        page.Relationships.ShouldNotBeNull();
        Canonical.Of(page.Relationships).ShouldBe(Canonical.Of(await store.GetRelationshipsAsync(page.Entities.Select(e => e.Id).ToList(), filter, Ct)));
        (await store.SearchAsync(new SearchQuery("byte", null, 5), Ct)).Relationships.ShouldBeNull();
        (await store.ListEntitiesAsync(new EntityListQuery(EntityKind.Company, 5, null), Ct)).Relationships.ShouldBeNull();
    }

    [Fact]
    public async Task The_store_is_ready()
    {
        var store = await OpenStoreAsync();
        var health = await store.CheckHealthAsync(Ct);
        health.IsReady.ShouldBeTrue(health.Description);
    }
}
