using System.Net;
using System.Text;

namespace GraphExplorer.Neo4j.Tests.Fixtures;

/// <summary>Answers requests from a queue of canned Neo4j responses and records what was sent.</summary>
public sealed class FakeNeo4jHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _responses = new();

    public List<RecordedRequest> Requests { get; } = [];

    public FakeNeo4jHandler Respond(HttpStatusCode status, string? body, string? affinity = null,
        string contentType = "application/vnd.neo4j.query")
    {
        _responses.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status);
            if (body is not null)
            {
                response.Content = new StringContent(body, Encoding.UTF8, contentType);
            }

            if (affinity is not null)
            {
                response.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", affinity);
            }

            return response;
        });
        return this;
    }

    public FakeNeo4jHandler Throw(Exception exception)
    {
        _responses.Enqueue(_ => throw exception);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.MediaType,
            body));
        if (_responses.Count == 0)
        {
            throw new InvalidOperationException($"No canned response left for {request.Method} {request.RequestUri}.");
        }

        return _responses.Dequeue()(request);
    }
}
