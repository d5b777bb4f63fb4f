using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQL.DI;

namespace GraphExplorer.Api.Tests.Http;

/// <summary>Starts a <see cref="TinyGraphQLHost"/> per test class and offers terse ways to call it.</summary>
public abstract class GraphQLHttpTestBase : IAsyncLifetime
{
    private TinyGraphQLHost? _host;

    protected TinyGraphQLHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    protected virtual void ConfigureGraphQL(IGraphQLBuilder graphQL)
    {
    }

    public async ValueTask InitializeAsync() =>
        _host = await TinyGraphQLHost.StartInMemoryAsync(Settings, ConfigureGraphQL, Cancellation);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected Task<GraphQLHttpResponse> PostJsonAsync(object body, string? accept = null) =>
        PostAsync(JsonSerializer.Serialize(body), "application/json", accept);

    protected Task<GraphQLHttpResponse> PostAsync(string body, string? contentType = "application/json", string? accept = null) =>
        PostBytesAsync(Encoding.UTF8.GetBytes(body), contentType, accept);

    protected async Task<GraphQLHttpResponse> PostBytesAsync(byte[] body, string? contentType, string? accept = null)
    {
        using var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content }, accept);
    }

    protected Task<GraphQLHttpResponse> GetAsync(string queryString, string? accept = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString), accept);

    protected static string Encode(string value) => Uri.EscapeDataString(value);

    protected async Task<GraphQLHttpResponse> SendAsync(HttpRequestMessage request, string? accept = null)
    {
        using (request)
        {
            if (accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            using var response = await Host.Client.SendAsync(request, Cancellation);
            return await GraphQLHttpResponse.ReadAsync(response, Cancellation);
        }
    }
}
