using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphExplorer.Api.Tests.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Api.Tests.Hosting;

/// <summary>
/// The real <c>Program</c> (embedded store, seed graph) with extra settings, in memory or on a real
/// Kestrel port on 127.0.0.1, with its logs collected.
/// </summary>
public class ConfiguredApiFactory(
    IReadOnlyDictionary<string, string?>? settings = null, bool kestrel = false, string environment = "Testing")
    : WebApplicationFactory<Program>
{
    public CollectingLoggerProvider Logs { get; } = new();

    /// <summary>The absolute address of <c>/graphql</c> on Kestrel; starts the server.</summary>
    public Uri KestrelEndpoint
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(new Uri(address), "/graphql");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        if (kestrel)
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }

    public Task<GraphQLHttpResponse> PostJsonAsync(object body, Action<HttpRequestMessage>? configure = null) =>
        PostAsync(JsonSerializer.Serialize(body), configure: configure);

    public async Task<GraphQLHttpResponse> PostAsync(
        string body, string? contentType = "application/json", Action<HttpRequestMessage>? configure = null)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        configure?.Invoke(request);
        return await SendAsync(request);
    }

    public async Task<GraphQLHttpResponse> SendAsync(HttpRequestMessage request)
    {
        using var client = CreateClient();
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return await GraphQLHttpResponse.ReadAsync(response, TestContext.Current.CancellationToken);
    }
}
