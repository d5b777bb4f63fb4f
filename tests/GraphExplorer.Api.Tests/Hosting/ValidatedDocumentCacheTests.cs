using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Hosting;

/// <summary>
/// A repeated query text is parsed and checked against the specification once; what depends on the request (variables,
/// the chosen operation, our limits) is still checked every time.
/// </summary>
public sealed class ValidatedDocumentCacheTests
{
    private static readonly Dictionary<string, string?> s_limits = new()
    {
        ["GraphExplorer:Limits:MaxComplexity"] = "100",
        ["GraphExplorer:Limits:MaxRootFields"] = "2",
    };

    [Fact]
    public async Task A_repeated_query_is_parsed_once_and_answers_for_its_own_variables()
    {
        await using var api = new CountingParsesApi(s_limits);
        const string query = "query Q($id: ID!) { entity(id: $id) { id name } }";

        var bytedance = await api.PostJsonAsync(new { query, variables = new { id = "bytedance" } });
        var tiktok = await api.PostJsonAsync(new { query, variables = new { id = "tiktok" } });
        var again = await api.PostJsonAsync(new { query, variables = new { id = "bytedance" } });

        api.Parses(query).ShouldBe(1);
        bytedance.Data.GetProperty("entity").GetProperty("id").GetString().ShouldBe("bytedance");
        tiktok.Data.GetProperty("entity").GetProperty("id").GetString().ShouldBe("tiktok");
        again.Text.ShouldBe(bytedance.Text);
    }

    [Fact]
    public async Task A_hit_skips_the_specifications_rules_and_runs_ours()
    {
        await using var api = new CountingParsesApi(s_limits);
        const string query = "{ entity(id: \"bytedance\") { id } }";

        await api.PostJsonAsync(new { query });
        await api.PostJsonAsync(new { query });

        api.Validations.Count.ShouldBe(2);
        var (first, second) = (api.Validations.First(), api.Validations.Last());
        var specification = DocumentValidator.CoreRules.Select(rule => rule.GetType().Name).ToList();
        specification.ShouldAllBe(rule => first.Contains(rule));
        specification.ShouldAllBe(rule => !second.Contains(rule));
        foreach (var ours in new[] { "UnsupportedOperationRule", "AliasAndRootFieldLimitRule", "ComplexityValidationRule" })
        {
            first.ShouldContain(ours);
            second.ShouldContain(ours);
        }

        second.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_cached_document_is_still_held_to_the_complexity_its_variables_ask_for()
    {
        await using var api = new CountingParsesApi(s_limits);
        const string query = "query Q($n: Int) { search(text: \"a\", first: $n) { relationships(first: 2) { id } } }";

        var small = await api.PostJsonAsync(new { query, variables = new { n = 5 } });
        var large = await api.PostJsonAsync(new { query, variables = new { n = 50 } });
        var wrongType = await api.PostJsonAsync(new { query, variables = new { n = "five" } });

        api.Parses(query).ShouldBe(1);
        small.Errors.ShouldBeEmpty();
        large.ErrorCodes.ShouldBe(["LIMIT_EXCEEDED"]);
        large.ErrorMessages[0].ShouldContain("GraphExplorer:Limits:MaxComplexity");
        wrongType.HasData.ShouldBeFalse();
        wrongType.ErrorCodes.ShouldBe(["INVALID_VALUE"]);
    }

    [Fact]
    public async Task A_cached_document_runs_the_operation_each_request_names_under_the_limits_of_that_operation()
    {
        await using var api = new CountingParsesApi(s_limits);
        const string query =
            "query Few { entity(id: \"bytedance\") { id } } query Many { entity(id: \"bytedance\") { id } search(text: \"a\", first: 1) { id } documents { id } }";

        var few = await api.PostJsonAsync(new { query, operationName = "Few" });
        var many = await api.PostJsonAsync(new { query, operationName = "Many" });
        var fewAgain = await api.PostJsonAsync(new { query, operationName = "Few" });

        api.Parses(query).ShouldBe(1);
        few.Errors.ShouldBeEmpty();
        few.Data.GetProperty("entity").GetProperty("id").GetString().ShouldBe("bytedance");
        many.ErrorCodes.ShouldBe(["LIMIT_EXCEEDED"]);
        many.ErrorMessages[0].ShouldContain("GraphExplorer:Limits:MaxRootFields");
        fewAgain.Text.ShouldBe(few.Text);
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_kept()
    {
        await using var api = new CountingParsesApi(s_limits);
        const string query = "{ entity(id: \"bytedance\") { noSuchField } }";

        var first = await api.PostJsonAsync(new { query });
        var second = await api.PostJsonAsync(new { query });

        api.Parses(query).ShouldBe(2);
        first.ErrorCodes.ShouldBe(["FIELDS_ON_CORRECT_TYPE"]);
        second.Text.ShouldBe(first.Text);
    }

    [Fact]
    public async Task With_the_cache_off_every_request_is_parsed()
    {
        await using var api = new CountingParsesApi(new Dictionary<string, string?>(s_limits) { ["GraphExplorer:Http:MaxCachedDocuments"] = "0" });
        const string query = "{ entity(id: \"bytedance\") { id } }";

        for (var i = 0; i < 3; i++)
        {
            (await api.PostJsonAsync(new { query })).Errors.ShouldBeEmpty();
        }

        api.Parses(query).ShouldBe(3);
    }

    [Fact]
    public async Task The_cache_keeps_at_most_its_size_and_parses_again_what_it_dropped()
    {
        await using var api = new CountingParsesApi(new Dictionary<string, string?>(s_limits) { ["GraphExplorer:Http:MaxCachedDocuments"] = "2" });
        var queries = Enumerable.Range(0, 6).Select(i => $"{{ entity(id: \"bytedance\") {{ id{new string(' ', i)} }} }}").ToArray();

        foreach (var query in queries)
        {
            (await api.PostJsonAsync(new { query })).Errors.ShouldBeEmpty();
        }

        // MemoryCache compacts after a Set that passes the size, on a background thread: allow it a moment.
        var reparsed = 0;
        for (var attempt = 0; attempt < 50 && reparsed < 4; attempt++)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
            reparsed = 0;
            foreach (var query in queries)
            {
                var before = api.Parses(query);
                (await api.PostJsonAsync(new { query })).Errors.ShouldBeEmpty();
                reparsed += api.Parses(query) - before;
            }
        }

        reparsed.ShouldBeGreaterThanOrEqualTo(4);
    }

    private sealed class CountingParsesApi(IReadOnlyDictionary<string, string?> settings) : ConfiguredApiFactory(settings)
    {
        private readonly CountingDocumentBuilder _builder = new();
        private readonly RecordingValidator _validator = new();

        public int Parses(string query) => _builder.Count(query);

        /// <summary>The names of the rules each validation ran, in order.</summary>
        public IReadOnlyCollection<List<string>> Validations => _validator.Runs;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services
                .AddSingleton<IDocumentBuilder>(_builder)
                .AddSingleton<IDocumentValidator>(_validator));
        }
    }

    private sealed class RecordingValidator : IDocumentValidator
    {
        private readonly DocumentValidator _inner = new();

        public System.Collections.Concurrent.ConcurrentQueue<List<string>> Runs { get; } = new();

        public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
        {
            Runs.Enqueue([.. (options.Rules ?? DocumentValidator.CoreRules).Select(rule => rule.GetType().Name)]);
            return _inner.ValidateAsync(options);
        }
    }

    private sealed class CountingDocumentBuilder : IDocumentBuilder
    {
        private readonly GraphQLDocumentBuilder _inner = new();
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _counts = new();

        public bool IgnoreComments { get => _inner.IgnoreComments; set => _inner.IgnoreComments = value; }

        public bool IgnoreLocations { get => _inner.IgnoreLocations; set => _inner.IgnoreLocations = value; }

        public int Count(string query) => _counts.GetValueOrDefault(query);

        public GraphQLDocument Build(string body)
        {
            _counts.AddOrUpdate(body, 1, (_, n) => n + 1);
            return _inner.Build(body);
        }
    }
}
