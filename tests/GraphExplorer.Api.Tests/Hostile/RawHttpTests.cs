using System.Net.Sockets;
using System.Text;
using GraphExplorer.Api.Tests.Hosting;

namespace GraphExplorer.Api.Tests.Hostile;

/// <summary>
/// Bytes no HTTP client library would send, written to a socket of the real program on Kestrel. Each gets
/// an answer below 500 (or a closed connection), and the server goes on answering ordinary requests.
/// </summary>
public sealed class RawHttpTests : IAsyncLifetime
{
    private const string Json = "{\"query\":\"{ documents { id } }\"}";

    private readonly ConfiguredApiFactory _api = new(
        new Dictionary<string, string?> { ["GraphExplorer:Security:RateLimit:Enabled"] = "false" }, kestrel: true);

    private Uri _endpoint = null!;

    public static TheoryData<string> Requests =>
    [
        "invalid-utf8-body", "truncated-body", "bad-chunk-size", "control-char-in-header", "garbage-request-line",
        "huge-header", "http10-no-host", "nul-in-path", "lf-only-line-endings", "negative-content-length",
        "two-content-lengths", "chunked-and-content-length", "overlong-method",
    ];

    public ValueTask InitializeAsync()
    {
        _endpoint = _api.KestrelEndpoint;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Raw_hostile_bytes_get_no_5xx_and_leave_the_server_answering(string name)
    {
        var host = $"{_endpoint.Host}:{_endpoint.Port}";
        byte[] bytes = name switch
        {
            "invalid-utf8-body" => [.. Ascii($"POST /graphql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: 14\r\n\r\n{{\"query\":\""), 0xFF, 0xC0, 0x22, 0x7D],
            "truncated-body" => Ascii($"POST /graphql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{Json}"),
            "bad-chunk-size" => Ascii($"POST /graphql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{Json}\r\n0\r\n\r\n"),
            "control-char-in-header" => Ascii($"POST /graphql HTTP/1.1\r\nHost: {host}\r\nX-Bad: a\u0001b\0c\r\nContent-Length: 0\r\n\r\n"),
            "garbage-request-line" => Ascii("GARBAGE\r\n\r\n"),
            "huge-header" => Ascii($"GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: {host}\r\nX-Huge: {new string('a', 64 * 1024)}\r\n\r\n"),
            "http10-no-host" => Ascii("GET /graphql?query=%7B__typename%7D HTTP/1.0\r\n\r\n"),
            "nul-in-path" => Ascii($"GET /graph\0ql HTTP/1.1\r\nHost: {host}\r\n\r\n"),
            "lf-only-line-endings" => Ascii($"POST /graphql HTTP/1.1\nHost: {host}\nContent-Type: application/json\nContent-Length: {Json.Length}\n\n{Json}"),
            "negative-content-length" => Ascii($"POST /graphql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: -5\r\n\r\n{Json}"),
            "two-content-lengths" => Ascii($"POST /graphql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: 3\r\nContent-Length: {Json.Length}\r\n\r\n{Json}"),
            "chunked-and-content-length" => Ascii($"POST /graphql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n{Json.Length:X}\r\n{Json}\r\n0\r\n\r\n"),
            "overlong-method" => Ascii($"{new string('P', 10_000)} /graphql HTTP/1.1\r\nHost: {host}\r\n\r\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };

        var statusLine = await SendRawAsync(bytes);

        if (statusLine is not null)
        {
            var status = int.Parse(statusLine.Split(' ')[1]);
            status.ShouldBeLessThan(500, statusLine);
        }


        using var client = new HttpClient();
        using var ordinary = await client.PostAsync(
            _endpoint, new StringContent(Json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        ((int)ordinary.StatusCode).ShouldBe(200);
    }

    /// <summary>Writes the bytes, half-closes, and reads the status line of the answer; null when the server just closes.</summary>
    private async Task<string?> SendRawAsync(byte[] bytes)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HostileApiFixture.HangAfter);
        using var socket = new TcpClient();
        await socket.ConnectAsync(_endpoint.Host, _endpoint.Port, timeout.Token);
        var stream = socket.GetStream();
        try
        {
            await stream.WriteAsync(bytes, timeout.Token);
            socket.Client.Shutdown(SocketShutdown.Send);
        }
        catch (IOException)
        {
            // The server may close the connection before reading everything (e.g. a huge header).
        }

        var buffer = new byte[512];
        var read = 0;
        try
        {
            read = await stream.ReadAsync(buffer, timeout.Token);
        }
        catch (IOException)
        {
            return null;
        }

        if (read == 0)
        {
            return null;
        }

        return Encoding.ASCII.GetString(buffer, 0, read).Split("\r\n")[0];
    }

    [Fact]
    public async Task A_client_that_hangs_up_mid_body_is_not_a_server_error()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(_endpoint.Host, _endpoint.Port, cancellationToken);
            var head = Ascii($"POST /graphql HTTP/1.1\r\nHost: {_endpoint.Host}:{_endpoint.Port}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{Json}");
            await socket.GetStream().WriteAsync(head, cancellationToken);
            await Task.Delay(200, cancellationToken);
        }

        // The server notices the body will never come (as a cut-short body or as an aborted request, depending on
        // timing); either way that is the client's doing, not a failure of ours.
        await Task.Delay(1000, cancellationToken);
        using var client = new HttpClient();
        using var ordinary = await client.PostAsync(_endpoint, new StringContent(Json, Encoding.UTF8, "application/json"), cancellationToken);
        ((int)ordinary.StatusCode).ShouldBe(200);
        _api.Logs.Entries.ShouldNotContain(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }


    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);
}
