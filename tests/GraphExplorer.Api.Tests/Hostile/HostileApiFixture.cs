using GraphExplorer.Api.Tests.Hosting;
using GraphExplorer.Embedded;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Hostile;

/// <summary>The real program for the hostile suite: default limits, but no rate limit, since one client sends every case.</summary>
public sealed class HostileApiFixture : IAsyncLifetime
{
    /// <summary>Longer than the execution timeout (10 s by default): a request still unanswered by then hangs.</summary>
    public static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(30);

    public ConfiguredApiFactory Api { get; } = new(new Dictionary<string, string?>
    {
        ["GraphExplorer:Security:RateLimit:Enabled"] = "false",
    });

    public GraphFingerprint Before { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public GraphFingerprint Now => GraphFingerprint.Of(Api.Services.GetRequiredService<EmbeddedGraphStore>());

    public ValueTask InitializeAsync()
    {
        Client = Api.CreateClient();
        Client.Timeout = HangAfter;
        Before = Now;
        Before.Entities.ShouldBeGreaterThan(0);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Api.DisposeAsync();
    }
}
