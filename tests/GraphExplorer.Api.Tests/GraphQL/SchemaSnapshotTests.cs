namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>
/// The committed schema.graphql is the API's contract with front ends. A change to the live
/// schema fails here until schema.graphql is updated with it, so every change is reviewed.
/// </summary>
public class SchemaSnapshotTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_live_schema_matches_the_committed_schema_graphql()
    {
        using var client = api.CreateClient();
        var live = (await client.GetStringAsync("/graphql/schema.graphql", TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        var path = Path.Combine(RepositoryRoot.Find(), "schema.graphql");
        var committed = File.Exists(path) ? (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n") : "";

        if (live != committed && Environment.GetEnvironmentVariable("GRAPHEXPLORER_UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(path, live, TestContext.Current.CancellationToken);
            return;
        }

        live.ShouldBe(committed, "The schema changed. Review the difference, then run the tests once with GRAPHEXPLORER_UPDATE_SCHEMA=1 to rewrite schema.graphql.");
    }
}
