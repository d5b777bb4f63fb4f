using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>Apollo's automatic persisted queries, on POST and GET, as Apollo's persisted-queries link speaks them.</summary>
public sealed class GraphQLHttpPersistedQueryTests : GraphQLHttpTestBase
{
    private const string Query = "query Greeting { hello(name: \"Bob\") }";

    private static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private Task<GraphQLHttpResponse> GetByHashAsync(string hash) =>
        GetAsync("extensions=" + Encode(JsonSerializer.Serialize(Extensions(hash))));

    [Fact]
    public async Task An_unknown_hash_asks_for_the_query_in_the_words_Apollos_link_acts_on()
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var response = await PostJsonAsync(new { extensions = Extensions(Hash(Query + accept)) }, accept);

            response.Status.ShouldBe(HttpStatusCode.BadRequest, accept);
            response.HasData.ShouldBeFalse();
            response.ErrorCodes.ShouldBe(["PERSISTED_QUERY_NOT_FOUND"]);
            response.ErrorMessages.ShouldBe(["PersistedQueryNotFound"]);
        }
    }

    [Fact]
    public async Task A_query_sent_with_its_hash_registers_it_so_the_hash_alone_runs_it_by_POST_and_by_GET()
    {
        (await GetByHashAsync(Hash(Query))).ErrorCodes.ShouldBe(["PERSISTED_QUERY_NOT_FOUND"]);

        var registered = await PostJsonAsync(new { query = Query, extensions = Extensions(Hash(Query)) });
        var byPost = await PostJsonAsync(new { extensions = Extensions(Hash(Query)) });
        var byGet = await GetByHashAsync(Hash(Query));
        var upperCaseHash = await PostJsonAsync(new { extensions = Extensions(Hash(Query).ToUpperInvariant()) });

        foreach (var response in new[] { registered, byPost, byGet, upperCaseHash })
        {
            response.Status.ShouldBe(HttpStatusCode.OK, response.Text);
            response.Data.GetProperty("hello").GetString().ShouldBe("Hello, Bob!");
        }
    }

    [Fact]
    public async Task A_hash_that_is_not_the_querys_is_refused_and_registers_nothing()
    {
        var other = "{ hello(name: \"Mallory\") }";

        var mismatch = await PostJsonAsync(new { query = other, extensions = Extensions(Hash(Query)) });
        var after = await PostJsonAsync(new { extensions = Extensions(Hash(Query)) });

        mismatch.Status.ShouldBe(HttpStatusCode.BadRequest);
        mismatch.HasData.ShouldBeFalse();
        mismatch.ErrorCodes.ShouldBe(["PERSISTED_QUERY_HASH_MISMATCH"]);
        after.ErrorCodes.ShouldBe(["PERSISTED_QUERY_NOT_FOUND"]);
    }

    [Theory]
    [InlineData("""{"extensions":{"persistedQuery":"abc"}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"zz00000000000000000000000000000000000000000000000000000000000000"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":"1","sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""")]
    public async Task A_malformed_persisted_query_is_a_bad_request(string body)
    {
        var response = await PostAsync(body);

        response.Status.ShouldBe(HttpStatusCode.BadRequest, body);
        response.ErrorCodes.ShouldBe(["BAD_REQUEST"], body);
        response.ErrorMessages[0].ShouldContain("persistedQuery");
    }
}

/// <summary>With persisted queries turned off, Apollo's link is told so and falls back to sending queries.</summary>
public sealed class GraphQLHttpPersistedQueriesOffTests : GraphQLHttpTestBase
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["GraphExplorer:Http:MaxPersistedQueries"] = "0",
    };

    [Fact]
    public async Task A_hash_alone_is_answered_not_supported_and_a_query_with_a_hash_runs()
    {
        var hashOnly = await PostAsync("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""");
        var withQuery = await PostAsync("""{"query":"{ hello }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""");

        hashOnly.ErrorCodes.ShouldBe(["PERSISTED_QUERY_NOT_SUPPORTED"]);
        hashOnly.ErrorMessages.ShouldBe(["PersistedQueryNotSupported"]);
        withQuery.Data.GetProperty("hello").GetString().ShouldBe("Hello, world!");
    }
}

/// <summary>The registry is bounded: past its size the least recently used documents are forgotten.</summary>
public sealed class GraphQLHttpPersistedQueryBoundTests : GraphQLHttpTestBase
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["GraphExplorer:Http:MaxPersistedQueries"] = "5",
    };

    [Fact]
    public async Task Registering_more_documents_than_the_bound_keeps_at_most_the_bound()
    {
        var queries = Enumerable.Range(0, 50).Select(i => $"{{ hello(name: \"caller {i}\") }}").ToList();
        foreach (var query in queries)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
            (await PostJsonAsync(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } })).Status
                .ShouldBe(HttpStatusCode.OK);
        }

        // Compaction runs in the background after an insert is refused; give it a moment.
        await Task.Delay(200, Cancellation);
        var known = 0;
        foreach (var query in queries)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
            var response = await PostJsonAsync(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });
            known += response.HasData ? 1 : 0;
        }

        known.ShouldBeInRange(1, 5);
    }
}
