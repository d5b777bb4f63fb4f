using System.Net;
using System.Text.Json;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>A JSON array of requests in one POST, as Apollo's BatchHttpLink sends it.</summary>
public sealed class GraphQLHttpBatchTests : GraphQLHttpTestBase
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["GraphExplorer:Http:MaxBatchSize"] = "3",
    };

    private static IReadOnlyList<JsonElement> Results(GraphQLHttpResponse response) => [.. response.Json.EnumerateArray()];

    [Fact]
    public async Task A_batch_is_answered_with_one_result_per_operation_in_order()
    {
        var response = await PostAsync("""
            [{"query":"{ hello(name: \"one\") }"},
             {"query":"query D($v: Int!) { double(value: $v) }","variables":{"v":21},"operationName":"D"},
             {"query":"{ missing }"}]
            """);

        response.Status.ShouldBe(HttpStatusCode.OK);
        var results = Results(response);
        results.Count.ShouldBe(3);
        results[0].GetProperty("data").GetProperty("hello").GetString().ShouldBe("Hello, one!");
        results[1].GetProperty("data").GetProperty("double").GetInt32().ShouldBe(42);
        results[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("NOT_FOUND");
    }

    [Fact]
    public async Task Each_operation_is_validated_and_limited_as_if_sent_alone()
    {
        var response = await PostAsync("""[{"query":"{ hello }"},{"query":"{ nosuchfield }"},{"query":"{ tooDeep }"}]""");

        var results = Results(response);
        results[0].GetProperty("data").GetProperty("hello").GetString().ShouldBe("Hello, world!");
        results[1].TryGetProperty("data", out _).ShouldBeFalse();
        results[1].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("FIELDS_ON_CORRECT_TYPE");
        results[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task A_batch_over_the_bound_is_refused_whole_and_runs_nothing()
    {
        var response = await PostAsync("""[{"query":"{ crash }"},{"query":"{ crash }"},{"query":"{ crash }"},{"query":"{ crash }"}]""");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorCodes.ShouldBe(["LIMIT_EXCEEDED"]);
        response.ErrorMessages[0].ShouldContain("GraphExplorer:Http:MaxBatchSize");
        Host.Logs.Entries.ShouldNotContain(e => e.Message.Contains("connection failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_element_that_is_not_a_request_object_is_named_and_nothing_runs()
    {
        var response = await PostAsync("""[{"query":"{ crash }"},"{ crash }"]""");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorCodes.ShouldBe(["BAD_REQUEST"]);
        response.ErrorMessages[0].ShouldStartWith("Element 2 of the batch is a string");
        Host.Logs.Entries.ShouldNotContain(e => e.Message.Contains("connection failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_persisted_query_in_a_batch_is_looked_up_per_operation()
    {
        var response = await PostAsync("""[{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}},{"query":"{ hello }"}]""");

        var results = Results(response);
        results[0].GetProperty("errors")[0].GetProperty("message").GetString().ShouldBe("PersistedQueryNotFound");
        results[1].GetProperty("data").GetProperty("hello").GetString().ShouldBe("Hello, world!");
    }
}
