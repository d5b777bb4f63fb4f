using GraphExplorer.Core.Model;
using GraphExplorer.Embedded.Loading;

namespace GraphExplorer.Contract.Tests.Writes;

/// <summary>The write checks and the seed graph agree: every relationship the seed holds is one a write may make.</summary>
public sealed class SeedWriteRulesTests
{
    [Fact]
    public void Every_seed_relationship_joins_kinds_its_type_allows()
    {
        var graph = CypherSeedLoader.LoadDirectory(RepositoryPaths.CypherDirectory());
        var kinds = graph.Entities.ToDictionary(e => e.Id, e => e.Kind);

        var refused = graph.Relationships
            .Where(r => !RelationshipEnds.Allow(r.Type, kinds[r.FromId], kinds[r.ToId]))
            .Select(r => $"{r.Id}: {kinds[r.FromId]} -{r.Type.ToCypher()}-> {kinds[r.ToId]}")
            .ToList();

        graph.RelationshipCount.ShouldBeGreaterThan(100);
        refused.ShouldBeEmpty();
    }
}
