using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Neo4j.Testing;

/// <summary>
/// Serves a Query API handler (a <see cref="StrictQueryApi"/>) on a real loopback port, so a program that knows only
/// an address (the seed command, the API with <c>Store=Neo4j</c>) talks to it over HTTP as it would to Neo4j.
/// </summary>
public sealed class LoopbackQueryApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpMessageInvoker _invoker;

    private LoopbackQueryApi(WebApplication app, HttpMessageInvoker invoker, Uri address)
    {
        _app = app;
        _invoker = invoker;
        Address = address;
    }

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234</c>: what <c>GraphExplorer:Neo4j:Uri</c> is set to.</summary>
    public Uri Address { get; }

    public static async Task<LoopbackQueryApi> StartAsync(HttpMessageHandler handler, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        app.Run(context => ForwardAsync(context, invoker));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackQueryApi(app, invoker, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _invoker.Dispose();
    }

    private static async Task ForwardAsync(HttpContext context, HttpMessageInvoker invoker)
    {
        var incoming = context.Request;
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), new Uri($"http://{incoming.Host}{incoming.Path}{incoming.QueryString}"));
        using var body = new MemoryStream();
        await incoming.Body.CopyToAsync(body, context.RequestAborted);
        if (body.Length > 0 || incoming.ContentType is not null)
        {
            request.Content = new ByteArrayContent(body.ToArray());
        }

        foreach (var (name, values) in incoming.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await invoker.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers)
        {
            context.Response.Headers[name] = values.ToArray();
        }

        if (response.Content is null)
        {
            return;
        }

        foreach (var (name, values) in response.Content.Headers)
        {
            context.Response.Headers[name] = values.ToArray();
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
