using System.Collections;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Contract.Tests.SeedFacts;

/// <summary>
/// Every fact extracted from the seed document holds in a store loaded with <c>cypher/</c>, and
/// the store holds nothing the catalog does not list. Runs against any <see cref="IGraphStore"/>.
/// </summary>
public abstract partial class SeedFactsContract
{
    private const int ManyRelationships = 1000;

    protected abstract Task<IGraphStore> OpenStoreAsync();

    public static TheoryData<string> FactNames() => new(SeedFactCatalog.All.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(FactNames))]
    public async Task Fact_holds(string fact)
    {
        var store = await OpenStoreAsync();
        var ct = TestContext.Current.CancellationToken;
        switch (SeedFactCatalog.ByName[fact])
        {
            case EntityFact entity:
                await AssertEntityAsync(store, entity, ct);
                break;
            case RelationshipFact relationship:
                await AssertRelationshipAsync(store, relationship, ct);
                break;
            default:
                throw new InvalidOperationException($"Unknown fact type for '{fact}'.");
        }
    }

    [Fact]
    public async Task The_graph_holds_only_cataloged_entities_and_relationships()
    {
        var store = await OpenStoreAsync();
        var ct = TestContext.Current.CancellationToken;
        var expectedEntities = SeedFactCatalog.All.OfType<EntityFact>().Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
        var expectedRelationships = SeedFactCatalog.All.OfType<RelationshipFact>().Select(r => r.Id).Order(StringComparer.Ordinal).ToList();

        var page = await store.ListEntitiesAsync(new EntityListQuery(null, 500, null), ct);
        page.HasNextPage.ShouldBeFalse();
        var actualEntities = page.Entities.Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
        actualEntities.ShouldBe(expectedEntities);

        var all = await store.GetRelationshipsAsync(
            actualEntities, new RelationshipFilter(Direction.Out, null, ManyRelationships), ct);
        var actualRelationships = all.ByEntity.Values.SelectMany(r => r).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        actualRelationships.ShouldBe(expectedRelationships);
    }

    [Fact]
    public async Task Every_relationship_names_a_source_document_evidence_and_a_report_date()
    {
        var store = await OpenStoreAsync();
        var ct = TestContext.Current.CancellationToken;
        var ids = SeedFactCatalog.All.OfType<EntityFact>().Select(e => e.Id).ToList();
        var all = await store.GetRelationshipsAsync(ids, new RelationshipFilter(Direction.Out, null, ManyRelationships), ct);
        var relationships = all.ByEntity.Values.SelectMany(r => r).ToList();
        relationships.ShouldNotBeEmpty();
        var sources = await store.GetEntitiesAsync(relationships.Select(r => r.SourceId ?? "").Distinct().ToList(), ct);

        foreach (var relationship in relationships)
        {
            relationship.SourceId.ShouldNotBeNullOrWhiteSpace(relationship.Id);
            sources.ShouldContainKey(relationship.SourceId!, relationship.Id);
            sources[relationship.SourceId!].Kind.ShouldBe(EntityKind.Document, relationship.Id);
            relationship.Evidence.ShouldNotBeNullOrWhiteSpace(relationship.Id);
            relationship.ReportedOn.ShouldNotBeNull(relationship.Id);
        }
    }

    [Fact]
    public void Catalog_names_are_unique()
    {
        SeedFactCatalog.All.Select(f => f.Name).ShouldBeUnique();
    }

    private static async Task AssertEntityAsync(IGraphStore store, EntityFact fact, CancellationToken ct)
    {
        var found = await store.GetEntitiesAsync([fact.Id], ct);
        found.ShouldContainKey(fact.Id, $"entity '{fact.Id}' is missing");
        var entity = found[fact.Id];
        entity.Kind.ShouldBe(fact.Kind);
        entity.Name.ShouldBe(fact.EntityName);
        entity.Description.ShouldNotBeNullOrWhiteSpace($"entity '{fact.Id}' has no description");
        foreach (var alias in fact.Aliases)
        {
            entity.Aliases.ShouldContain(alias, $"entity '{fact.Id}' lacks alias '{alias}'");
        }

        AssertProperties(fact.Id, entity.Properties, fact.Properties);
    }

    private static async Task AssertRelationshipAsync(IGraphStore store, RelationshipFact fact, CancellationToken ct)
    {
        var result = await store.GetRelationshipsAsync(
            [fact.FromId], new RelationshipFilter(Direction.Out, new HashSet<RelationshipType> { fact.Type }, ManyRelationships), ct);
        result.ByEntity.ShouldContainKey(fact.FromId, $"entity '{fact.FromId}' is missing");
        var relationship = result.ByEntity[fact.FromId].SingleOrDefault(r => r.Id == fact.Id);
        relationship.ShouldNotBeNull(
            $"no {fact.Type.ToCypher()} '{fact.Id}' from '{fact.FromId}'; it has: " +
            string.Join(", ", result.ByEntity[fact.FromId].Select(r => r.Id)));
        relationship.Type.ShouldBe(fact.Type);
        relationship.FromId.ShouldBe(fact.FromId);
        relationship.ToId.ShouldBe(fact.ToId);
        relationship.SourceId.ShouldBe(fact.Source);
        relationship.Evidence.ShouldNotBeNullOrWhiteSpace();
        relationship.ReportedOn.ShouldBe(fact.ReportedOn);
        relationship.ValidFrom.ShouldBe(fact.ValidFrom);
        relationship.ValidTo.ShouldBe(fact.ValidTo);
        relationship.Basis.ShouldBe(fact.Basis, $"basis of '{fact.Id}'");
        AssertProperties(fact.Id, relationship.Properties, fact.Properties);
    }

    private static void AssertProperties(
        string owner, IReadOnlyDictionary<string, object?> actual, IReadOnlyDictionary<string, object> expected)
    {
        foreach (var (key, value) in expected)
        {
            actual.ShouldContainKey(key, $"'{owner}' lacks property '{key}'");
            SameValue(actual[key], value).ShouldBeTrue(
                $"'{owner}'.{key} is {Show(actual[key])}, expected {Show(value)}");
        }
    }

    private static bool SameValue(object? actual, object expected) => (actual, expected) switch
    {
        (null, _) => false,
        (string a, string e) => a == e,
        (bool a, bool e) => a == e,
        (DateOnly a, DateOnly e) => a == e,
        (long or int or double, long or int or double) => Convert.ToDecimal(actual) == Convert.ToDecimal(expected),
        (IEnumerable a, IEnumerable e) when actual is not string && expected is not string =>
            a.Cast<object?>().ToList() is var al && e.Cast<object>().ToList() is var el &&
            al.Count == el.Count && al.Zip(el).All(p => SameValue(p.First, p.Second)),
        _ => false,
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Show)) + "]",
        _ => $"{value} ({value.GetType().Name})",
    };
}
