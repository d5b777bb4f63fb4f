using GraphExplorer.Benchmarks.Generator;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Traversal;
using GraphExplorer.Embedded.Bulk;
using GraphExplorer.Embedded.Loading;
using GraphExplorer.Embedded.Storage;

namespace GraphExplorer.Embedded.Tests.Traversal;

/// <summary>
/// The neighbourhood walked over the snapshot's positions gives exactly what the same walk gives over its records
/// (the way a fetched subgraph is walked): the same nodes in the same order, the same edges, the same cut.
/// </summary>
public sealed class PositionWalkEquivalenceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graphexplorer-walks-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_generated_graph_walks_alike_by_position_and_by_record()
    {
        new SyntheticGraphGenerator(entityCount: 800, seed: 3, queriesPerShape: 1).Write(_folder);
        var snapshot = CsvGraphReader.Load(_folder, TestContext.Current.CancellationToken);
        var random = new Random(5);
        var types = new[] { null, new HashSet<RelationshipType> { RelationshipType.Supplies }, new HashSet<RelationshipType> { RelationshipType.Owns, RelationshipType.Mentions } };
        for (var i = 0; i < 400; i++)
        {
            var query = new NeighborhoodQuery(
                snapshot.EntityAt(random.Next(snapshot.EntityCount)).Id, random.Next(1, 4), (Direction)random.Next(3), types[random.Next(types.Length)],
                new[] { 3, 20, 200, 2000 }[random.Next(4)])
            {
                AsOf = random.Next(3) == 0 ? new DateOnly(2022 + random.Next(4), 1 + random.Next(12), 1) : null,
                ExcludeKinds = random.Next(4) == 0 ? new HashSet<EntityKind> { EntityKind.Document } : null,
            };

            Same(snapshot, query);
        }
    }

    [Fact]
    public void The_seed_walks_alike_by_position_and_by_record_on_every_basis_and_date()
    {
        var snapshot = CypherSeedLoader.LoadDirectory(SeedDirectory());
        var bases = new[] { null, new HashSet<Basis> { Basis.Stated }, new HashSet<Basis> { Basis.Implied, Basis.Outside } };
        var dates = new DateOnly?[] { null, new DateOnly(2024, 6, 1), new DateOnly(2025, 1, 15) };
        foreach (var entity in snapshot.Entities)
        {
            foreach (var basis in bases)
            {
                foreach (var date in dates)
                {
                    Same(snapshot, new NeighborhoodQuery(entity.Id, 2, Direction.Both, null, 12) { Bases = basis, AsOf = date });
                }
            }
        }
    }

    private static string SeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln")))
            {
                return Path.Combine(dir.FullName, "cypher");
            }
        }

        throw new DirectoryNotFoundException($"No GraphExplorer.sln above {AppContext.BaseDirectory}.");
    }

    private static void Same(GraphSnapshot snapshot, NeighborhoodQuery query)
    {
        var view = new SnapshotView(snapshot);
        var byPosition = NeighborhoodWalk.Run(view, query);
        var byRecord = NeighborhoodWalk.Run(GraphWalks.View(view, query.AsOf, query.Bases), query);

        byPosition.Nodes.Select(n => n.Id).ShouldBe(byRecord.Nodes.Select(n => n.Id), query.ToString());
        byPosition.Edges.Select(e => e.Id).ShouldBe(byRecord.Edges.Select(e => e.Id), query.ToString());
        byPosition.Truncated.ShouldBe(byRecord.Truncated, query.ToString());
    }
}
