using System.Collections.Concurrent;
using System.Text.Json;

namespace GraphExplorer.Api.Tests.Writes;

/// <summary>
/// Writes while the server is killed (SIGKILL) at random moments, cycle after cycle: after each restart every
/// acknowledged write is there, and every write that is there is there whole.
/// </summary>
public sealed class CrashRestartTests : IDisposable
{
    private const string ApiKey = "crash-test-key-0123456789";
    private const string Document = "doc-crash-test";
    private const int Cycles = 20;
    private const int Writers = 4;

    private readonly string _data = Path.Combine(Path.GetTempPath(), "graphexplorer-crash-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private Dictionary<string, string> Settings => new()
    {
        ["GraphExplorer:DataDirectory"] = _data,
        ["GraphExplorer:Security:ApiKeys:0"] = ApiKey,
    };

    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_at_a_random_moment_and_none_is_seen_in_part()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var acknowledged = new ConcurrentDictionary<string, int>();
        var sent = new ConcurrentDictionary<string, int>();
        for (var cycle = 0; cycle < Cycles; cycle++)
        {
            await using var server = await ApiProcess.StartAsync(Settings, Cancellation);
            await CheckAsync(server, acknowledged, sent, $"cycle {cycle} (seed {seed})");
            if (cycle == 0)
            {
                var document = await server.PostAsync(new { query = $"mutation {{ upsertDocument(input: {{id: \"{Document}\", title: \"Crash test\"}}) {{ id }} }}" }, ApiKey, Cancellation);
                document.TryGetProperty("errors", out _).ShouldBeFalse(document.ToString());
            }

            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteUntilStoppedAsync(server, cycle, w, acknowledged, sent, stop.Token))).ToList();
            await Task.Delay(random.Next(20, 400), Cancellation);
            server.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        await using var last = await ApiProcess.StartAsync(Settings, Cancellation);
        await CheckAsync(last, acknowledged, sent, $"the last start (seed {seed})");
        acknowledged.Count.ShouldBeGreaterThan(Cycles * 2, "the server was killed too soon to test anything");
    }

    private static async Task WriteUntilStoppedAsync(
        ApiProcess server, int cycle, int writer, ConcurrentDictionary<string, int> acknowledged, ConcurrentDictionary<string, int> sent, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var id = $"crash-{cycle}-{writer}-{n}";
            sent[id] = n;
            try
            {
                var answer = await server.PostAsync(new { query = Upsert, variables = new { input = Input(id, n) } }, ApiKey, CancellationToken.None);
                if (answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    && data.GetProperty("upsertEntity").GetProperty("id").GetString() == id)
                {
                    acknowledged[id] = n;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
            {
                return;
            }
        }
    }

    private const string Upsert = "mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }";

    private static object Input(string id, int n) => new
    {
        id,
        kind = "COMPANY",
        name = $"Crash {id}",
        aliases = new[] { $"alias {id}" },
        description = $"Written as number {n}.",
        properties = new { n, padding = new string('x', 2_000 + (n % 7 * 300)) },
        source = Document,
        evidence = $"Evidence for {id}.",
    };

    /// <summary>Every acknowledged write is there; every write there (acknowledged or not) holds every field it was sent with.</summary>
    private static async Task CheckAsync(ApiProcess server, ConcurrentDictionary<string, int> acknowledged, ConcurrentDictionary<string, int> sent, string when)
    {
        var found = new Dictionary<string, JsonElement>();
        string? after = null;
        do
        {
            var page = await server.PostAsync(new
            {
                query = """
                    query($after: String) { entities(kind: COMPANY, where: {text: "Crash crash-"}, first: 100, after: $after) {
                      nodes { id name aliases description properties } pageInfo { hasNextPage endCursor } } }
                    """,
                variables = new { after },
            }, null, Cancellation);
            var connection = page.GetProperty("data").GetProperty("entities");
            foreach (var node in connection.GetProperty("nodes").EnumerateArray())
            {
                found[node.GetProperty("id").GetString()!] = node;
            }

            var info = connection.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        acknowledged.Keys.Where(id => !found.ContainsKey(id)).ShouldBeEmpty($"acknowledged writes missing at {when}");
        foreach (var (id, node) in found)
        {
            sent.TryGetValue(id, out var n).ShouldBeTrue($"{id} was never sent");
            node.GetProperty("name").GetString().ShouldBe($"Crash {id}");
            node.GetProperty("aliases")[0].GetString().ShouldBe($"alias {id}");
            node.GetProperty("description").GetString().ShouldBe($"Written as number {n}.");
            var properties = node.GetProperty("properties");
            properties.GetProperty("n").GetInt32().ShouldBe(n);
            properties.GetProperty("padding").GetString()!.Length.ShouldBe(2_000 + (n % 7 * 300));
            properties.GetProperty("evidence").GetString().ShouldBe($"Evidence for {id}.");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
