using System.Net;

namespace GraphExplorer.Api.Tests.Hosting;

public sealed class SecurityTests
{
    private const string ApiKey = "security-test-key-0123456789";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_real_server_is_read_only_by_default()
    {
        await using var api = new ConfiguredApiFactory();

        var response = await api.PostJsonAsync(new { query = "mutation { anything }" });

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
        response.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }

    [Fact]
    public async Task A_write_with_a_valid_key_to_a_server_that_keeps_no_journal_is_refused_with_a_code_saying_what_to_set()
    {
        await using var api = new ConfiguredApiFactory(new Dictionary<string, string?> { ["GraphExplorer:Security:ApiKeys:0"] = ApiKey });

        var response = await api.PostJsonAsync(
            new { query = "mutation { retractRelationship(id: \"bytedance-owns-tiktok\", reason: \"r\", source: \"doc-x\") { id } }" },
            r => r.Headers.Add("X-Api-Key", ApiKey));

        response.ErrorCodes.ShouldBe(["WRITES_DISABLED"]);
        response.Text.ShouldContain("GraphExplorer:DataDirectory");
    }

    [Fact]
    public async Task Answers_carry_the_security_headers_and_no_server_header()
    {
        await using var api = new ConfiguredApiFactory(kestrel: true);
        using var client = new HttpClient();

        using var response = await client.PostAsync(
            api.KestrelEndpoint,
            new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
            Cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'none'");
        response.Headers.Contains("Server").ShouldBeFalse();
    }

    [Fact]
    public async Task Cors_allows_the_configured_origins_only()
    {
        await using var api = new ConfiguredApiFactory(new Dictionary<string, string?>
        {
            ["GraphExplorer:Security:AllowedOrigins:0"] = "https://explorer.example.com",
        });

        var allowed = await PreflightAsync(api, "https://explorer.example.com");
        var other = await PreflightAsync(api, "https://evil.example.net");

        allowed.Header("Access-Control-Allow-Origin").ShouldBe("https://explorer.example.com");
        allowed.Header("Access-Control-Allow-Methods")!.ShouldContain("POST");
        allowed.Header("Access-Control-Allow-Headers")!.ShouldContain("X-Api-Key", Case.Insensitive);
        other.Header("Access-Control-Allow-Origin").ShouldBeNull();
    }

    [Fact]
    public async Task Cors_allows_no_origin_by_default_outside_development()
    {
        await using var api = new ConfiguredApiFactory(environment: "Production");

        var preflight = await PreflightAsync(api, "https://explorer.example.com");
        var post = await api.PostJsonAsync(new { query = "{ __typename }" }, r => r.Headers.Add("Origin", "https://explorer.example.com"));

        preflight.Header("Access-Control-Allow-Origin").ShouldBeNull();
        post.Header("Access-Control-Allow-Origin").ShouldBeNull();
    }

    [Fact]
    public async Task Cors_allows_any_origin_in_development()
    {
        await using var api = new ConfiguredApiFactory(environment: "Development");

        var preflight = await PreflightAsync(api, "http://localhost:5173");

        preflight.Header("Access-Control-Allow-Origin").ShouldBe("*");
    }

    [Fact]
    public async Task A_client_past_its_permits_gets_429_with_retry_after_while_others_are_served()
    {
        await using var api = new ConfiguredApiFactory(new Dictionary<string, string?>
        {
            ["GraphExplorer:Security:RateLimit:PermitLimit"] = "3",
            ["GraphExplorer:Security:RateLimit:Window"] = "00:10:00",
            ["GraphExplorer:Security:ApiKeys:0"] = ApiKey,
        });

        var answers = new List<HttpStatusCode>();
        var remaining = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            var answer = await api.PostJsonAsync(new { query = "{ __typename }" });
            answers.Add(answer.Status);
            remaining.Add(answer.Header("RateLimit-Remaining"));
            answer.Header("RateLimit-Limit").ShouldBe("3");
            answer.Header("RateLimit-Reset").ShouldBe("600");
        }

        var refused = await api.PostJsonAsync(new { query = "{ __typename }" });
        var withKey = await api.PostJsonAsync(new { query = "{ __typename }" }, r => r.Headers.Add("X-Api-Key", ApiKey));
        var withWrongKey = await api.PostJsonAsync(new { query = "{ __typename }" }, r => r.Headers.Add("X-Api-Key", "made-up-key-0123456789"));

        answers.ShouldAllBe(status => status == HttpStatusCode.OK);
        remaining.ShouldBe(["2", "1", "0"]);
        refused.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(refused.Header("Retry-After")!).ShouldBeInRange(1, 600);
        refused.ErrorCodes.ShouldBe(["RATE_LIMITED"]);
        refused.ErrorMessages[0].ShouldContain("GraphExplorer:Security:RateLimit");
        withKey.Status.ShouldBe(HttpStatusCode.OK, "a valid key is a client of its own");
        withWrongKey.Status.ShouldBe(HttpStatusCode.TooManyRequests, "a made-up key does not buy a fresh window");
    }

    [Fact]
    public async Task With_the_rate_limit_off_nothing_is_counted_or_refused_and_no_limit_is_announced()
    {
        await using var api = new ConfiguredApiFactory(new Dictionary<string, string?>
        {
            ["GraphExplorer:Security:RateLimit:Enabled"] = "false",
            ["GraphExplorer:Security:RateLimit:PermitLimit"] = "2",
        });

        var answers = new List<Http.GraphQLHttpResponse>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await api.PostJsonAsync(new { query = "{ __typename }" }));
        }

        var batch = await api.PostAsync("""[{"query":"{ __typename }"},{"query":"{ __typename }"},{"query":"{ __typename }"}]""");

        answers.ShouldAllBe(answer => answer.Status == HttpStatusCode.OK && answer.Header("RateLimit-Limit") == null);
        batch.Status.ShouldBe(HttpStatusCode.OK);
        batch.Header("RateLimit-Remaining").ShouldBeNull();
    }

    [Theory]
    [InlineData("GraphExplorer:Security:ApiKeys:0", "short")]
    [InlineData("GraphExplorer:Security:BearerTokens:0", "   ")]
    [InlineData("GraphExplorer:Security:AllowedOrigins:0", "https://explorer.example.com/app")]
    [InlineData("GraphExplorer:Security:RateLimit:PermitLimit", "0")]
    [InlineData("GraphExplorer:Security:RateLimit:Window", "00:00:00")]
    public async Task A_bad_security_setting_stops_the_start(string key, string value)
    {
        var failure = await ApplicationStart.FailureAsync(new Dictionary<string, string?> { [key] = value });

        failure.Message.ShouldContain(key.Split(':')[2]);
    }

    private static Task<Http.GraphQLHttpResponse> PreflightAsync(ConfiguredApiFactory api, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, x-api-key");
        return api.SendAsync(request);
    }
}
