using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;
using GraphExplorer.Embedded.Storage;

namespace GraphExplorer.Embedded.Tests.Traversal;

public sealed class ShortestPathEquivalenceTests
{
    private static readonly RelationshipType[] s_types =
        [RelationshipType.Supplies, RelationshipType.Owns, RelationshipType.Mentions, RelationshipType.CompetesWith];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public async Task Bidirectional_searches_give_the_reference_answers_on_random_graphs(int seed)
    {
        var random = new Random(seed);
        for (var graphNumber = 0; graphNumber < 25; graphNumber++)
        {
            var (entities, relationships) = RandomGraph(random);
            var store = new EmbeddedGraphStore(Build(entities, relationships));
            var naive = new NaiveGraphView(entities, relationships);
            for (var q = 0; q < 40; q++)
            {
                var query = new PathQuery(
                    entities[random.Next(entities.Count)].Id,
                    entities[random.Next(entities.Count)].Id,
                    MaxLength: random.Next(0, 7),
                    Types: random.Next(3) == 0 ? new HashSet<RelationshipType> { s_types[0], s_types[random.Next(1, 4)] } : null,
                    Directed: random.Next(2) == 0,
                    First: random.Next(1, 12));

                var expected = ReferenceShortestPaths.Run(naive, query);
                var actual = await store.FindShortestPathsAsync(query, TestContext.Current.CancellationToken);
                var shared = ShortestPathSearch.Run(naive, query);

                Describe(actual).ShouldBe(Describe(expected), $"store: seed {seed}, graph {graphNumber}, {query}");
                Describe(shared).ShouldBe(Describe(expected), $"shared search: seed {seed}, graph {graphNumber}, {query}");
            }
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task Relationships_of_an_entity_come_in_id_order_as_a_scan_gives_them(int seed)
    {
        var random = new Random(seed);
        var (entities, relationships) = RandomGraph(random);
        var store = new EmbeddedGraphStore(Build(entities, relationships));
        var naive = new NaiveGraphView(entities, relationships);
        foreach (var entity in entities)
        {
            foreach (var direction in new[] { Direction.Out, Direction.In, Direction.Both })
            {
                foreach (IReadOnlySet<RelationshipType>? types in new[] { null, new HashSet<RelationshipType> { s_types[0], s_types[2] } })
                {
                    var result = await store.GetRelationshipsAsync(
                        [entity.Id], new RelationshipFilter(direction, types, 1000), TestContext.Current.CancellationToken);
                    var actual = result.ByEntity.TryGetValue(entity.Id, out var list) ? list.Select(r => r.Id) : [];
                    actual.ShouldBe(naive.RelationshipsOf(entity.Id, direction, types).Select(r => r.Id).ToList());
                }
            }
        }
    }

    [Fact]
    public void A_repeated_relationship_id_fails_the_build()
    {
        var entities = new List<Entity> { Entity("a"), Entity("b") };
        var builder = new GraphBuilder();
        entities.ForEach(builder.AddEntity);
        builder.AddRelationship(Relationship("r1", RelationshipType.Supplies, "a", "b"));
        builder.AddRelationship(Relationship("r1", RelationshipType.Owns, "b", "a"));

        Should.Throw<InvalidOperationException>(builder.Build).Message.ShouldContain("'r1'");
    }

    internal static (List<Entity> Entities, List<Relationship> Relationships) RandomGraph(Random random)
    {
        var entities = Enumerable.Range(0, random.Next(2, 18)).Select(i => Entity($"e{i}")).ToList();
        var relationships = new List<Relationship>();
        var ids = new HashSet<string>();
        var count = random.Next(0, entities.Count * 3);
        while (relationships.Count < count)
        {
            // Random ids, so that id order differs from the order of adding; loops and parallel relationships included.
            var id = $"r{random.Next(1000)}";
            if (ids.Add(id))
            {
                relationships.Add(Relationship(
                    id, s_types[random.Next(s_types.Length)], entities[random.Next(entities.Count)].Id, entities[random.Next(entities.Count)].Id));
            }
        }

        return (entities, relationships);
    }

    internal static GraphSnapshot Build(List<Entity> entities, List<Relationship> relationships)
    {
        var builder = new GraphBuilder();
        entities.ForEach(builder.AddEntity);
        relationships.ForEach(builder.AddRelationship);
        return builder.Build();
    }

    private static Entity Entity(string id) =>
        new(id, EntityKind.Company, id, [], null, new Dictionary<string, object?>());

    private static Relationship Relationship(string id, RelationshipType type, string from, string to) =>
        new(id, type, from, to, null, null, null, null, null, new Dictionary<string, object?>());

    private static List<string> Describe(IReadOnlyList<GraphPath> paths) =>
        paths.Select(p => string.Join(' ', p.Nodes.Select(n => n.Id)) + " | " + string.Join(' ', p.Relationships.Select(r => r.Id))).ToList();
}
