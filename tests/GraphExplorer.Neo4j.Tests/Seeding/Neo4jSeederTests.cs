using System.Net;
using GraphExplorer.Neo4j.Seeding;
using GraphExplorer.Neo4j.Tests.Fixtures;

namespace GraphExplorer.Neo4j.Tests.Seeding;

public sealed class Neo4jSeederTests : IDisposable
{
    private const string Affinity = "c2VydmVyLTE=";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("graph-explorer-seed-");

    private string CypherDir => Path.Combine(_root.FullName, "cypher");

    public Neo4jSeederTests()
    {
        Directory.CreateDirectory(Path.Combine(CypherDir, "browser"));
        Write("010-entities.cypher", """
            // Companies
            MERGE (c:Entity:Company {id: 'bytedance'}) SET c.name = 'ByteDance';
            MERGE (p:Entity:Product {id: 'doubao'}) SET p.name = 'Doubao';
            """);
        Write("001-schema.cypher", """
            CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
            CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name];
            """);
        Write("020-relationships.cypher", """
            MATCH (c:Entity {id: 'bytedance'}), (p:Entity {id: 'doubao'})
            MERGE (c)-[:DEVELOPS]->(p);
            """);
        Write("browser/who-supplies.cypher", "MATCH (n) RETURN n;");
        File.WriteAllText(Path.Combine(CypherDir, "README.md"), "not a script");
    }

    public void Dispose() => _root.Delete(recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(CypherDir, name), text);

    private static string Counters(int nodes, int relationships, int properties, int labels, int indexes, int constraints) =>
        $$$"""
        {"data":{"fields":[],"values":[]},"counters":{"containsUpdates":true,"nodesCreated":{{{nodes}}},
          "relationshipsCreated":{{{relationships}}},"propertiesSet":{{{properties}}},"labelsAdded":{{{labels}}},
          "indexesAdded":{{{indexes}}},"constraintsAdded":{{{constraints}}}},"bookmarks":[],
          "transaction":{"id":"tx","expires":"2030-01-01T00:00:00Z"}}
        """;

    private static string Begin(string id) =>
        $$$"""{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"{{{id}}}","expires":"2030-01-01T00:00:00Z"}}""";

    [Fact]
    public async Task Files_apply_in_name_order_schema_alone_and_each_data_file_in_one_transaction()
    {
        using var host = new Neo4jTestHost();
        host.Handler
            .Respond(HttpStatusCode.Accepted, Counters(0, 0, 0, 0, 0, 1))
            .Respond(HttpStatusCode.Accepted, Counters(0, 0, 0, 0, 1, 0))
            .Respond(HttpStatusCode.Accepted, Begin("t1"), Affinity)
            .Respond(HttpStatusCode.Accepted, Counters(1, 0, 2, 2, 0, 0))
            .Respond(HttpStatusCode.Accepted, Counters(1, 0, 2, 2, 0, 0))
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.Commit)
            .Respond(HttpStatusCode.Accepted, Begin("t2"), Affinity)
            .Respond(HttpStatusCode.Accepted, Counters(0, 1, 0, 0, 0, 0))
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.Commit);

        var report = await host.Seeder.SeedAsync(CypherDir, TestContext.Current.CancellationToken);

        host.Handler.Requests.Select(r => $"{r.Method} {r.Path}").ShouldBe([
            "POST /db/neo4j/query/v2",
            "POST /db/neo4j/query/v2",
            "POST /db/neo4j/query/v2/tx",
            "POST /db/neo4j/query/v2/tx/t1",
            "POST /db/neo4j/query/v2/tx/t1",
            "POST /db/neo4j/query/v2/tx/t1/commit",
            "POST /db/neo4j/query/v2/tx",
            "POST /db/neo4j/query/v2/tx/t2",
            "POST /db/neo4j/query/v2/tx/t2/commit",
        ]);
        host.Handler.Requests[0].Json.GetProperty("statement").GetString()
            .ShouldBe("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE");
        host.Handler.Requests[3].Json.GetProperty("includeCounters").GetBoolean().ShouldBeTrue();
        host.Handler.Requests[7].Json.GetProperty("statement").GetString()
            .ShouldBe("MATCH (c:Entity {id: 'bytedance'}), (p:Entity {id: 'doubao'})\nMERGE (c)-[:DEVELOPS]->(p)");
        host.Handler.Requests.Skip(3).Take(3).ShouldAllBe(r => r.Header("neo4j-cluster-affinity") == Affinity);

        report.Files.Select(f => f.File).ShouldBe(["cypher/001-schema.cypher", "cypher/010-entities.cypher", "cypher/020-relationships.cypher"]);
        report.Files.Select(f => f.Transactions).ShouldBe([2, 1, 1]);
        report.Files[0].Counters.ConstraintsAdded.ShouldBe(1);
        report.Files[0].Counters.IndexesAdded.ShouldBe(1);
        report.Files[1].Counters.NodesCreated.ShouldBe(2);
        report.Files[1].Counters.PropertiesSet.ShouldBe(4);
        report.Files[1].Counters.LabelsAdded.ShouldBe(4);
        report.Files[2].Counters.RelationshipsCreated.ShouldBe(1);
        report.Total.NodesCreated.ShouldBe(2);
        report.Files[1].ToString().ShouldContain("2 nodes created");
    }

    [Fact]
    public async Task A_failing_statement_rolls_its_file_back_and_is_named_by_file_line_and_column()
    {
        Directory.Delete(CypherDir, recursive: true);
        Directory.CreateDirectory(CypherDir);
        Write("030-broken.cypher", """
            MERGE (a:Entity {id: 'a'});

              MERGE (b:Entity {id: 'b'})
              RETRUN b;
            MERGE (c:Entity {id: 'c'});
            """);
        using var host = new Neo4jTestHost();
        host.Handler
            .Respond(HttpStatusCode.Accepted, Begin("t9"), Affinity)
            .Respond(HttpStatusCode.Accepted, Counters(1, 0, 1, 1, 0, 0))
            .Respond(HttpStatusCode.BadRequest, """
                {"errors":[{"code":"Neo.ClientError.Statement.SyntaxError",
                  "message":"Invalid input 'RETRUN': expected 'RETURN' (line 2, column 3 (offset: 29))"}]}
                """)
            .Respond(HttpStatusCode.OK, null);

        var error = await Should.ThrowAsync<Neo4jSeedException>(
            () => host.Seeder.SeedAsync(CypherDir, TestContext.Current.CancellationToken));

        error.Position.ToString().ShouldBe("cypher/030-broken.cypher:4:3");
        error.Message.ShouldStartWith("cypher/030-broken.cypher:4:3: Neo4j rejected the statement (Neo.ClientError.Statement.SyntaxError)");
        error.Message.ShouldContain("Invalid input 'RETRUN'");
        error.Message.ShouldContain("rolled back");
        error.Neo4jCode.ShouldBe("Neo.ClientError.Statement.SyntaxError");
        host.Handler.Requests.Select(r => $"{r.Method} {r.Path}").ShouldBe([
            "POST /db/neo4j/query/v2/tx",
            "POST /db/neo4j/query/v2/tx/t9",
            "POST /db/neo4j/query/v2/tx/t9",
            "DELETE /db/neo4j/query/v2/tx/t9",
        ]);
        host.Handler.Requests[3].Header("neo4j-cluster-affinity").ShouldBe(Affinity);
    }

    [Fact]
    public async Task A_failure_without_a_position_names_the_statement_start_and_survives_a_failed_rollback()
    {
        using var host = new Neo4jTestHost();
        host.Handler
            .Respond(HttpStatusCode.Accepted, Counters(0, 0, 0, 0, 0, 1))
            .Respond(HttpStatusCode.Accepted, Counters(0, 0, 0, 0, 1, 0))
            .Respond(HttpStatusCode.Accepted, Begin("t1"), Affinity)
            .Respond(HttpStatusCode.Accepted, Counters(1, 0, 2, 2, 0, 0))
            .Respond(HttpStatusCode.BadRequest, """
                {"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed",
                  "message":"Node(12) already exists with label `Entity` and property `id` = 'doubao'"}]}
                """)
            .Respond(HttpStatusCode.NotFound, QueryApiResponses.TransactionNotFound);

        var error = await Should.ThrowAsync<Neo4jSeedException>(
            () => host.Seeder.SeedAsync(CypherDir, TestContext.Current.CancellationToken));

        error.Position.ToString().ShouldBe("cypher/010-entities.cypher:3:1");
        error.Message.ShouldContain("already exists");
        host.Handler.Requests.Last().Method.ShouldBe(HttpMethod.Delete);
        host.Handler.Requests.ShouldNotContain(r => r.Path.EndsWith("/commit"));
    }

    [Fact]
    public async Task A_database_still_coming_online_is_waited_for_and_a_data_file_is_tried_again_whole()
    {
        using var host = new Neo4jTestHost();
        host.Handler
            .Throw(new HttpRequestException("Connection refused"))
            .Respond(HttpStatusCode.BadRequest, QueryApiResponses.Transient)
            .Respond(HttpStatusCode.Accepted, Counters(0, 0, 0, 0, 0, 1))
            .Respond(HttpStatusCode.Accepted, Counters(0, 0, 0, 0, 1, 0))
            .Respond(HttpStatusCode.Accepted, Begin("t1"), Affinity)
            .Respond(HttpStatusCode.BadRequest, QueryApiResponses.Transient)
            .Respond(HttpStatusCode.OK, null)
            .Respond(HttpStatusCode.Accepted, Begin("t2"), Affinity)
            .Respond(HttpStatusCode.Accepted, Counters(1, 0, 2, 2, 0, 0))
            .Respond(HttpStatusCode.Accepted, Counters(1, 0, 2, 2, 0, 0))
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.Commit)
            .Respond(HttpStatusCode.Accepted, Begin("t3"), Affinity)
            .Respond(HttpStatusCode.Accepted, Counters(0, 1, 0, 0, 0, 0))
            .Respond(HttpStatusCode.Accepted, QueryApiResponses.Commit);

        var report = await host.Seeder.SeedAsync(CypherDir, TestContext.Current.CancellationToken);

        report.Total.ConstraintsAdded.ShouldBe(1);
        report.Total.NodesCreated.ShouldBe(2);
        report.Total.RelationshipsCreated.ShouldBe(1);
        host.Handler.Requests.Select(r => $"{r.Method} {r.Path}").Skip(4).Take(4).ShouldBe([
            "POST /db/neo4j/query/v2/tx",
            "POST /db/neo4j/query/v2/tx/t1",
            "DELETE /db/neo4j/query/v2/tx/t1",
            "POST /db/neo4j/query/v2/tx",
        ]);
        host.Server.OpenTransactions.ShouldBeEmpty();
        host.Server.Refusals.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_database_that_never_comes_online_is_given_up_on_after_the_set_attempts()
    {
        using var host = new Neo4jTestHost(new() { ["GraphExplorer:Neo4j:SeedAttempts"] = "3" });
        host.Handler
            .Respond(HttpStatusCode.BadRequest, QueryApiResponses.Transient)
            .Respond(HttpStatusCode.BadRequest, QueryApiResponses.Transient)
            .Respond(HttpStatusCode.BadRequest, QueryApiResponses.Transient);

        var error = await Should.ThrowAsync<Neo4jSeedException>(
            () => host.Seeder.SeedAsync(CypherDir, TestContext.Current.CancellationToken));

        error.Message.ShouldStartWith("cypher/001-schema.cypher:1:1:");
        error.Message.ShouldContain("Neo.TransientError.General.DatabaseUnavailable");
        error.Message.ShouldContain("still unavailable after 3 tries");
        error.Message.ShouldContain("GraphExplorer:Neo4j:SeedAttempts");
        host.Handler.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_refusal_that_will_not_pass_is_not_tried_again()
    {
        using var host = new Neo4jTestHost();
        host.Handler.Respond(HttpStatusCode.Unauthorized, QueryApiResponses.Unauthorized);

        var error = await Should.ThrowAsync<Neo4jSeedException>(
            () => host.Seeder.SeedAsync(CypherDir, TestContext.Current.CancellationToken));

        error.Message.ShouldContain("Neo.ClientError.Security.Unauthorized");
        host.Handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_missing_folder_is_named()
    {
        using var host = new Neo4jTestHost();

        var error = await Should.ThrowAsync<DirectoryNotFoundException>(
            () => host.Seeder.SeedAsync(Path.Combine(_root.FullName, "nope"), TestContext.Current.CancellationToken));

        error.Message.ShouldContain("nope");
    }

    [Fact]
    public async Task A_script_that_cannot_be_split_sends_nothing()
    {
        using var host = new Neo4jTestHost();

        var error = await Should.ThrowAsync<Neo4jSeedException>(() => host.Seeder.ApplyScriptAsync(
            "MERGE (a {name: 'unclosed});", "cypher/bad.cypher", TestContext.Current.CancellationToken));

        error.Position.File.ShouldBe("cypher/bad.cypher");
        host.Handler.Requests.ShouldBeEmpty();
    }
}
