using GraphExplorer.Api.Http;
using GraphQL;
using GraphQL.DI;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>
/// A minimal web application serving <see cref="TinySchema"/> through <c>MapGraphQLHttp</c>, either
/// in memory (TestServer) or on a real Kestrel port on loopback.
/// </summary>
public sealed class TinyGraphQLHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TinyGraphQLHost(WebApplication app, HttpClient client, Uri endpoint, CollectingLoggerProvider logs)
    {
        _app = app;
        Client = client;
        Endpoint = endpoint;
        Logs = logs;
    }

    public HttpClient Client { get; }

    /// <summary>The absolute address of <c>/graphql</c>.</summary>
    public Uri Endpoint { get; }

    public CollectingLoggerProvider Logs { get; }

    public static Task<TinyGraphQLHost> StartInMemoryAsync(
        IReadOnlyDictionary<string, string?>? settings, Action<IGraphQLBuilder>? configureGraphQL, CancellationToken cancellationToken) =>
        StartAsync(settings, configureGraphQL, kestrel: false, cancellationToken);

    public static Task<TinyGraphQLHost> StartKestrelAsync(CancellationToken cancellationToken) =>
        StartAsync(null, null, kestrel: true, cancellationToken);

    /// <param name="configureGraphQL">Further GraphQL.NET configuration, as the real host adds its own.</param>
    public static WebApplication Build(
        IReadOnlyDictionary<string, string?>? settings,
        Action<IGraphQLBuilder>? configureGraphQL,
        bool kestrel,
        CollectingLoggerProvider logs)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders().AddProvider(logs);
        if (kestrel)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Services.AddScoped<RequestMarker>();
        builder.Services.AddGraphQL(graphQL =>
        {
            graphQL.AddSystemTextJson().AddSchema<TinySchema>();
            configureGraphQL?.Invoke(graphQL);
        });
        builder.Services.AddGraphQLHttp();

        var app = builder.Build();
        app.MapGraphQLHttp();
        return app;
    }

    private static async Task<TinyGraphQLHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings,
        Action<IGraphQLBuilder>? configureGraphQL,
        bool kestrel,
        CancellationToken cancellationToken)
    {
        var logs = new CollectingLoggerProvider();
        var app = Build(settings, configureGraphQL, kestrel, logs);
        await app.StartAsync(cancellationToken);

        if (kestrel)
        {
            var address = new Uri(app.Urls.Single());
            var client = new HttpClient { BaseAddress = address };
            return new TinyGraphQLHost(app, client, new Uri(address, "/graphql"), logs);
        }

        var testClient = app.GetTestClient();
        return new TinyGraphQLHost(app, testClient, new Uri(testClient.BaseAddress!, "/graphql"), logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
