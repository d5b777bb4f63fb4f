using System.Net;
using GraphExplorer.Neo4j.Protocol;
using GraphExplorer.Neo4j.Tests.Fixtures;

namespace GraphExplorer.Neo4j.Tests.Protocol;

public sealed class TypedValueTests
{
    private static async Task<Neo4jResult> RunAsync(string body)
    {
        using var host = new Neo4jTestHost();
        host.Handler.Respond(HttpStatusCode.Accepted, body);
        return await host.Client.RunAsync(new Neo4jQuery("RETURN 1"), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Every_scalar_and_temporal_type_arrives_as_its_dotnet_type()
    {
        var result = await RunAsync(QueryApiResponses.EveryType);

        var row = result.Records.ShouldHaveSingleItem();
        row.Get<long>("int").ShouldBe(123L);
        row.Get<long>("max").ShouldBe(long.MaxValue);
        row.Get<double>("float").ShouldBe(4.56);
        row.Get<double>("sci").ShouldBe(3.2e9);
        double.IsNaN(row.Get<double>("nan")).ShouldBeTrue();
        row.Get<double>("inf").ShouldBe(double.NegativeInfinity);
        row.Get<string>("string").ShouldBe("Hello World");
        row.Get<bool>("true").ShouldBeTrue();
        row["null"].ShouldBeNull();
        row.Get<byte[]>("bytes").ShouldBe(new byte[] { 0x03, 0x6f, 0xbf });
        row.Get<List<object?>>("list").ShouldBe(new object?[] { "A", 2L });
        var map = row.Get<Dictionary<string, object?>>("map");
        map["fieldA"].ShouldBe("A");
        map["fieldB"].ShouldBe(0.1);
        row.Get<DateOnly>("date").ShouldBe(new DateOnly(2015, 3, 26));
        row.Get<Neo4jTime>("time").ShouldBe(new Neo4jTime(new TimeOnly(12, 50, 35, 556), TimeSpan.FromHours(1)));
        row.Get<TimeOnly>("localTime").ShouldBe(new TimeOnly(12, 50, 35, 556));
        row.Get<Neo4jZonedDateTime>("zoned").ShouldBe(
            new Neo4jZonedDateTime(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero), "Antarctica/Troll"));
        row.Get<DateTimeOffset>("offset").ShouldBe(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.FromHours(-1)));
        var local = row.Get<DateTime>("localDateTime");
        local.ShouldBe(new DateTime(2015, 7, 4, 19, 32, 24));
        local.Kind.ShouldBe(DateTimeKind.Unspecified);
        row.Get<Neo4jDuration>("duration").ShouldBe(new Neo4jDuration("P14DT16H12M"));
        row.Get<Neo4jPoint>("point").ShouldBe(new Neo4jPoint("SRID=7203;POINT (1.2 3.4)"));
        row.Get<DateTime>("nanos").Ticks.ShouldBe(new DateTime(2015, 7, 4, 19, 32, 24).Ticks + 1_234_567);
        result.Bookmarks.ShouldBe(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]);
        result.Counters.ShouldBeNull();
    }

    [Fact]
    public async Task Nodes_relationships_and_paths_keep_ids_labels_types_and_typed_properties()
    {
        var result = await RunAsync(QueryApiResponses.GraphValues);

        var row = result.Records.ShouldHaveSingleItem();
        result.Fields.ShouldBe(["a", "r", "p"]);
        var alice = row.Get<Neo4jNode>("a");
        alice.ElementId.ShouldBe("4:ff04df25-ff2b-4b55-98f8-6888297b025e:0");
        alice.Labels.ShouldBe(["Person"]);
        alice.Properties["age"].ShouldBe(42L);
        var likes = row.Get<Neo4jRelationship>("r");
        likes.Type.ShouldBe("LIKES");
        likes.StartNodeElementId.ShouldBe(alice.ElementId);
        likes.EndNodeElementId.ShouldBe("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2");
        likes.Properties["since"].ShouldBe("forever!");
        var path = row.Get<Neo4jPath>("p");
        path.Nodes.Select(n => n.Properties["name"]).ShouldBe(["Alice", "Phil"]);
        path.Nodes[1].Labels.ShouldBe(["Person", "Entity"]);
        path.Relationships.ShouldHaveSingleItem().ElementId.ShouldBe(likes.ElementId);
    }

    [Fact]
    public async Task Counters_and_bookmarks_are_read()
    {
        var result = await RunAsync(QueryApiResponses.Counters);

        result.Counters.ShouldNotBeNull();
        result.Counters.NodesCreated.ShouldBe(1);
        result.Counters.PropertiesSet.ShouldBe(1);
        result.Counters.LabelsAdded.ShouldBe(1);
        result.Counters.ContainsUpdates.ShouldBeTrue();
        result.Bookmarks.ShouldBe(["FB:kcwQaCYpl4jjRRiD7NlEZ0YJ9MkB8pA="]);
    }

    [Fact]
    public async Task A_field_asked_for_with_the_wrong_type_names_both_types()
    {
        var result = await RunAsync(QueryApiResponses.One);

        Should.Throw<InvalidCastException>(() => result.Records[0].Get<string>("x")).Message.ShouldContain("Int64");
        Should.Throw<KeyNotFoundException>(() => result.Records[0]["y"]).Message.ShouldContain("x");
    }
}
