using System.Net;
using System.Text;
using System.Text.Json;

namespace GraphExplorer.Neo4j.Testing;

/// <summary>
/// A request the Query API refuses: the status, Neo4j status code and message the server answers with. The
/// body has the server's error shape, <c>{"errors":[{"code":…,"message":…}]}</c>, both when the controller
/// builds it (<c>QueryController</c>, <c>HttpErrorResponse</c>) and when Jersey refuses before it and Jetty
/// writes the body (<c>web/NeoJettyErrorHandler.java</c>: code <c>Neo.ClientError.Request.Invalid</c>, the
/// HTTP reason phrase as message).
/// </summary>
public sealed record QueryApiRefusal(HttpStatusCode Status, string Code, string Message, string Rule)
{
    public const string RequestInvalid = "Neo.ClientError.Request.Invalid";

    public HttpResponseMessage ToResponse(HttpRequestMessage request)
    {
        var body = JsonSerializer.Serialize(new { errors = new[] { new { code = Code, message = Message } } });
        return new HttpResponseMessage(Status)
        {
            RequestMessage = request,
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
    }

    public override string ToString() => $"{(int)Status} {Code}: {Message} ({Rule})";
}
