using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace GraphExplorer.Neo4j.Testing;

/// <summary>
/// The answering side of a Query API that accepts every statement and returns no rows, in the shapes of the Query
/// API documentation: 202 for queries, begins, statements and commits, 200 with no body for a rollback; a begin
/// answer carries a fresh transaction id and a <c>neo4j-cluster-affinity</c> (as Aura and clusters send). Meant to sit
/// behind <see cref="StrictQueryApi"/>, which refuses what the server would refuse. Records every statement and which
/// transaction committed which.
/// </summary>
public sealed class QueryApiStandIn : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<string>> _open = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<string>> _committed = [];
    private readonly List<string> _autoCommitted = [];
    private int _nextTransaction;

    /// <summary>The statements of each committed transaction, in commit order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Committed
    {
        get
        {
            lock (_lock)
            {
                return [.. _committed];
            }
        }
    }

    /// <summary>The statements sent outside explicit transactions.</summary>
    public IReadOnlyList<string> AutoCommitted
    {
        get
        {
            lock (_lock)
            {
                return [.. _autoCommitted];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath.TrimEnd('/');
        var statement = await StatementOfAsync(request, cancellationToken);
        var segments = path.Split('/');
        var afterQuery = segments.SkipWhile(s => s != "v2").Skip(1).ToArray();
        lock (_lock)
        {
            switch (afterQuery)
            {
                case []:
                    _autoCommitted.Add(statement!);
                    return Answer(request, HttpStatusCode.Accepted, Result(transaction: null, bookmark: true));
                case ["tx"]:
                    var id = $"tx{++_nextTransaction}";
                    _open[id] = statement is null ? [] : [statement];
                    var begun = Answer(request, HttpStatusCode.Accepted, Result(id, bookmark: false));
                    begun.Headers.TryAddWithoutValidation(StrictQueryApi.AffinityHeader, $"member-{_nextTransaction % 3}");
                    return begun;
                case ["tx", var running] when request.Method == HttpMethod.Post:
                    if (statement is not null)
                    {
                        _open[running].Add(statement);
                    }

                    return Answer(request, HttpStatusCode.Accepted, Result(running, bookmark: false));
                case ["tx", var committing, "commit"]:
                    var statements = _open[committing];
                    if (statement is not null)
                    {
                        statements.Add(statement);
                    }

                    _open.Remove(committing);
                    _committed.Add(statements);
                    return Answer(request, HttpStatusCode.Accepted, Result(transaction: null, bookmark: true));
                case ["tx", var rollingBack]:
                    _open.Remove(rollingBack);
                    return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request };
                default:
                    return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
            }
        }
    }

    private static async Task<string?> StatementOfAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var text = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        if (text.Length == 0)
        {
            return null;
        }

        using var body = JsonDocument.Parse(text);
        return body.RootElement.TryGetProperty("statement", out var statement) ? statement.GetString() : null;
    }

    private string Result(string? transaction, bool bookmark)
    {
        var tx = transaction is null
            ? ""
            : $",\"transaction\":{{\"id\":\"{transaction}\",\"expires\":\"{DateTimeOffset.UtcNow.AddSeconds(60).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\"}}";
        var bookmarks = bookmark ? $"[\"FB:standin-{_committed.Count + _autoCommitted.Count}\"]" : "[]";
        return "{\"data\":{\"fields\":[],\"values\":[]},\"counters\":{\"containsUpdates\":false,\"nodesCreated\":0," +
               "\"nodesDeleted\":0,\"propertiesSet\":0,\"relationshipsCreated\":0,\"relationshipsDeleted\":0,\"labelsAdded\":0," +
               "\"labelsRemoved\":0,\"indexesAdded\":0,\"indexesRemoved\":0,\"constraintsAdded\":0,\"constraintsRemoved\":0," +
               $"\"containsSystemUpdates\":false,\"systemUpdates\":0}},\"bookmarks\":{bookmarks}{tx}}}";
    }

    // The answer comes in the type the Accept asks for: typed JSON when it allows it, else plain JSON. An empty data
    // section reads the same in both.
    private static HttpResponseMessage Answer(HttpRequestMessage request, HttpStatusCode status, string json)
    {
        var typed = request.Headers.Accept.Any(a => a.MediaType == StrictQueryApi.TypedJson);
        return new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StringContent(json, Encoding.UTF8, typed ? StrictQueryApi.TypedJson : StrictQueryApi.Json),
        };
    }
}
