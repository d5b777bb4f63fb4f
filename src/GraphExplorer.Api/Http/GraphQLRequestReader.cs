using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using GraphExplorer.Core.Store;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace GraphExplorer.Api.Http;

/// <summary>
/// Turns a POST body or GET query string into a <see cref="GraphQLHttpRequest"/>, enforcing the size
/// limits while reading. Anything malformed is refused with a <see cref="GraphQLHttpRequestException"/>.
/// </summary>
internal sealed class GraphQLRequestReader(GraphQLHttpOptions options, IGraphQLSerializer serializer)
{
    private const int ReadChunkBytes = 16 * 1024;

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        MaxDepth = 64,
        AllowDuplicateProperties = false,
    };

    /// <summary>
    /// The request of a POST body, or the requests of a batch: a JSON array of request objects, answered with an array of
    /// results in the same order (as Apollo's BatchHttpLink sends them). A batch that is empty, too large, or has an element
    /// that cannot be read is refused whole, naming the element, so nothing of it runs.
    /// </summary>
    public async Task<GraphQLHttpBatch> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        MediaTypeNegotiator.EnsureJsonContentType(request.ContentType);

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body.WrittenCount == 0)
        {
            throw BadRequest("The request body is empty; send a JSON object such as {\"query\": \"{ __typename }\"}.");
        }

        if (!Utf8.IsValid(body.WrittenSpan))
        {
            throw BadRequest("The request body is not valid UTF-8.");
        }

        using var document = ParseJson(body.WrittenMemory, "The request body");
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object)
        {
            return new GraphQLHttpBatch([ReadRequest(root)], IsBatch: false);
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            throw BadRequest("The request body must be a JSON object with a 'query' string (or a JSON array of such objects, a batch).");
        }

        var count = root.GetArrayLength();
        if (count == 0)
        {
            throw BadRequest("The batch is empty: send at least one request object, such as [{\"query\": \"{ __typename }\"}].");
        }

        if (count > options.MaxBatchSize)
        {
            throw LimitExceeded(
                $"The batch has {count} operations; the limit is {options.MaxBatchSize} ({GraphQLHttpOptions.SectionName}:MaxBatchSize). " +
                "Send fewer at once.");
        }

        var requests = new List<GraphQLHttpRequest>(count);
        foreach (var element in root.EnumerateArray())
        {
            var position = requests.Count + 1;
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw BadRequest(
                    $"Element {position} of the batch is {Describe(element.ValueKind)}, not a request object with a 'query' string; nothing of the batch ran.");
            }

            try
            {
                requests.Add(ReadRequest(element));
            }
            catch (GraphQLHttpRequestException refusal)
            {
                throw new GraphQLHttpRequestException(
                    refusal.StatusCode, refusal.Code, $"Element {position} of the batch: {refusal.Message} Nothing of the batch ran.");
            }
        }

        return new GraphQLHttpBatch(requests, IsBatch: true);
    }

    private GraphQLHttpRequest ReadRequest(JsonElement root)
    {
        var query = ReadString(root, "query");
        var operationName = ReadString(root, "operationName");
        var variables = ReadMap(root, "variables");
        var extensions = ReadMap(root, "extensions");

        return Create(query, operationName, variables, extensions);
    }

    public GraphQLHttpRequest ReadGet(IQueryCollection parameters)
    {
        var query = SingleParameter(parameters, "query");
        var operationName = SingleParameter(parameters, "operationName");
        var variables = ParseMapParameter(SingleParameter(parameters, "variables"), "variables");
        var extensions = ParseMapParameter(SingleParameter(parameters, "extensions"), "extensions");

        return Create(query, operationName, variables, extensions);
    }

    private GraphQLHttpRequest Create(string? query, string? operationName, Inputs? variables, Inputs? extensions)
    {
        if (string.IsNullOrEmpty(query))
        {
            // A request may name a persisted query by its hash instead; PersistedQueries refuses one that does neither.
            return new GraphQLHttpRequest(null, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);
        }

        if (query.Length > options.MaxQueryLength)
        {
            throw LimitExceeded(
                $"The query is {query.Length} characters long; the limit is {options.MaxQueryLength} " +
                $"({GraphQLHttpOptions.SectionName}:MaxQueryLength).");
        }

        return new GraphQLHttpRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);
    }

    private async Task<ArrayBufferWriter<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            throw BodyTooLarge();
        }

        var initialCapacity = (int)Math.Min(request.ContentLength ?? ReadChunkBytes, limit) + 1;
        var buffer = new ArrayBufferWriter<byte>(Math.Max(initialCapacity, 1));
        while (true)
        {
            // With a known length, ask for what is left plus the one byte that shows the end: asking for a whole chunk
            // would regrow the buffer to 16 KiB for every small request.
            var wanted = request.ContentLength is { } length ? (int)Math.Clamp(length + 1 - buffer.WrittenCount, 1, ReadChunkBytes) : ReadChunkBytes;
            var read = await request.Body.ReadAsync(buffer.GetMemory(wanted), cancellationToken);
            if (read == 0)
            {
                return buffer;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                throw BodyTooLarge();
            }
        }
    }

    private static string? ReadString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? ReadText(() => value.GetString(), $"'{name}'")
            : throw BadRequest($"'{name}' must be a string; it was {Describe(value.ValueKind)}.");
    }

    private Inputs? ReadMap(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest($"'{name}' must be a JSON object; it was {Describe(value.ValueKind)}.");
        }

        if (name == "variables")
        {
            CheckVariablesSize(JsonMarshal.GetRawUtf8Value(value).Length);
        }

        return ReadText(() => serializer.ReadNode<Inputs>(value), $"'{name}'");
    }

    private Inputs? ParseMapParameter(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (name == "variables")
        {
            CheckVariablesSize(Encoding.UTF8.GetByteCount(text));
        }

        using var document = ParseJson(Encoding.UTF8.GetBytes(text), $"The '{name}' parameter");
        var root = document.RootElement;
        return root.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => ReadText(() => serializer.ReadNode<Inputs>(root), $"The '{name}' parameter"),
            _ => throw BadRequest($"The '{name}' parameter must be a JSON object; it was {Describe(root.ValueKind)}."),
        };
    }

    private void CheckVariablesSize(int bytes)
    {
        if (bytes > options.MaxVariablesBytes)
        {
            throw LimitExceeded(
                $"The variables are {bytes} bytes of JSON; the limit is {options.MaxVariablesBytes} " +
                $"({GraphQLHttpOptions.SectionName}:MaxVariablesBytes).");
        }
    }

    private static JsonDocument ParseJson(ReadOnlyMemory<byte> utf8, string what)
    {
        try
        {
            return JsonDocument.Parse(utf8, JsonOptions);
        }
        catch (JsonException exception)
        {
            // The reader's message names the position and contains no server detail.
            throw BadRequest($"{what} is not valid JSON: {exception.Message}");
        }
    }

    /// <summary>
    /// Valid JSON may still hold text that is not valid Unicode: a <c>\ud800</c> escape of a lone surrogate.
    /// The JSON reader refuses it only when the string is read.
    /// </summary>
    private static T ReadText<T>(Func<T> read, string what)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is InvalidOperationException or JsonException)
        {
            throw BadRequest(
                $"{what} holds a value that cannot be read: text that is not valid Unicode (a \\u escape of a lone surrogate such as \\ud800) or a number out of range.");
        }
    }

    private static string? SingleParameter(IQueryCollection parameters, string name)
    {
        var values = parameters[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw BadRequest($"The parameter '{name}' appears {values.Count} times; send it once."),
        };
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private GraphQLHttpRequestException BodyTooLarge() => new(
        StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.LimitExceeded,
        $"The request body is larger than {options.MaxRequestBodyBytes} bytes " +
        $"({GraphQLHttpOptions.SectionName}:MaxRequestBodyBytes).");

    private static GraphQLHttpRequestException LimitExceeded(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.LimitExceeded, message);

    private static GraphQLHttpRequestException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.BadRequest, message);
}
