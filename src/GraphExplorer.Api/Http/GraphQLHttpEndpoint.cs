using System.Diagnostics;
using GraphExplorer.Api.Security;
using GraphExplorer.Core.Store;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Http;

/// <summary>
/// Serves one GraphQL-over-HTTP request: method and media-type checks, request reading, execution
/// with the configured limits, and the response in the negotiated media type.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IOptions<GraphQLHttpOptions> options,
    IGraphQLTextSerializer serializer,
    GraphQLUnhandledExceptionHandler exceptionHandler,
    GraphQLMetrics metrics,
    PersistedQueries persistedQueries,
    ValidatedDocuments validatedDocuments,
    IOptions<RateLimiterOptions> rateLimits,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private readonly GraphQLHttpOptions _options = options.Value;
    private readonly GraphQLRequestReader _reader = new(options.Value, serializer);
    private readonly GraphQLResponseWriter _writer = new(serializer);
    private readonly ClientErrorMapper _errorMapper = new(options.Value);

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var cancellationToken = context.RequestAborted;
        var mediaType = GraphQLMediaTypes.Json;
        string? operationName = null;
        IEnumerable<string> errorCodes = [];
        IDisposable? logScope = null;
        var recordedPerOperation = false;
        try
        {
            var isGet = HttpMethods.IsGet(context.Request.Method);
            if (!isGet && !HttpMethods.IsPost(context.Request.Method))
            {
                throw new GraphQLHttpRequestException(
                    StatusCodes.Status405MethodNotAllowed,
                    GraphQLHttpErrorCodes.MethodNotAllowed,
                    $"Method {context.Request.Method} is not allowed; use GET for queries or POST.",
                    allow: "GET, POST");
            }

            mediaType = MediaTypeNegotiator.SelectResponseMediaType(context.Request.Headers.Accept)
                ?? throw new GraphQLHttpRequestException(
                    StatusCodes.Status406NotAcceptable,
                    GraphQLHttpErrorCodes.NotAcceptable,
                    $"The Accept header allows neither '{GraphQLMediaTypes.GraphQLResponseJson}' nor '{GraphQLMediaTypes.Json}'.");

            var body = isGet
                ? new GraphQLHttpBatch([_reader.ReadGet(context.Request.Query)], IsBatch: false)
                : await _reader.ReadPostAsync(context.Request, cancellationToken);
            logScope = logger.BeginScope(new Dictionary<string, object?> { ["RequestId"] = context.TraceIdentifier });
            if (!body.IsBatch)
            {
                var (result, name) = await RunAsync(context, body.Requests[0], isGet, cancellationToken);
                operationName = name;
                errorCodes = result.Errors?.Select(error => error.Code ?? ErrorCodes.Internal) ?? [];
                await _writer.WriteResultAsync(context, result, mediaType, cancellationToken);
                return;
            }

            if (!await TryAcquireBatchPermitsAsync(context, body.Requests.Count, cancellationToken))
            {
                errorCodes = [RateLimitRejection.Code];
                return;
            }

            recordedPerOperation = true;
            var results = new List<ExecutionResult>(body.Requests.Count);
            foreach (var request in body.Requests)
            {
                var operationStarted = Stopwatch.GetTimestamp();
                var (result, name) = await RunOrRefuseAsync(context, request, cancellationToken);
                metrics.Record(name, GraphQLMetrics.Since(operationStarted), result.Errors?.Select(error => error.Code ?? ErrorCodes.Internal) ?? []);
                results.Add(result);
            }

            operationName = $"(batch of {results.Count})";
            await _writer.WriteBatchAsync(context, results, mediaType, cancellationToken);
        }
        catch (GraphQLHttpRequestException refusal)
        {
            errorCodes = [refusal.Code];
            await _writer.WriteRefusalAsync(context, refusal, mediaType, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (BadHttpRequestException unreadable) when (!context.Response.HasStarted)
        {
            // The server could not read what the client sent (a body cut short, a client that hung up): the
            // client's fault, not ours, so no error log and no INTERNAL.
            errorCodes = [GraphQLHttpErrorCodes.BadRequest];
            logger.LogInformation("GraphQL request {RequestId} could not be read: {Reason}", context.TraceIdentifier, unreadable.Message);
            await _writer.WriteRefusalAsync(
                context,
                new GraphQLHttpRequestException(
                    unreadable.StatusCode,
                    GraphQLHttpErrorCodes.BadRequest,
                    $"The request could not be read: {unreadable.Message}"),
                mediaType,
                cancellationToken);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            errorCodes = [ErrorCodes.Internal];
            logger.LogError(exception, "GraphQL request {RequestId} failed outside execution", context.TraceIdentifier);
            await _writer.WriteRefusalAsync(
                context,
                new GraphQLHttpRequestException(
                    StatusCodes.Status500InternalServerError,
                    ErrorCodes.Internal,
                    $"An internal error occurred. Quote request id '{context.TraceIdentifier}' when reporting it."),
                mediaType,
                cancellationToken);
        }
        finally
        {
            if (!recordedPerOperation)
            {
                metrics.Record(operationName, GraphQLMetrics.Since(started), errorCodes);
            }

            logScope?.Dispose();
        }
    }

    /// <summary>
    /// Runs one request: resolves a persisted query, refuses what GET may not carry and mutations without a credential,
    /// executes with the limits and maps the errors. Returns the result and the operation's name.
    /// </summary>
    /// <exception cref="GraphQLHttpRequestException">when the request is refused before it executes.</exception>
    private async Task<(ExecutionResult Result, string? OperationName)> RunAsync(
        HttpContext context, GraphQLHttpRequest request, bool isGet, CancellationToken cancellationToken)
    {
        var query = persistedQueries.Resolve(request);
        var validated = validatedDocuments.TryGet(query, out var document);
        document ??= TryParse(context.RequestServices, query);
        var operation = document is null ? null : SelectOperation(document, request.OperationName);
        var operationName = request.OperationName ?? operation?.Name?.StringValue;
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["GraphQLOperationName"] = operationName ?? "(unnamed)" });

        if (isGet && operation is not null && operation.Operation != OperationType.Query)
        {
            throw new GraphQLHttpRequestException(
                StatusCodes.Status405MethodNotAllowed,
                GraphQLHttpErrorCodes.MethodNotAllowed,
                "Only queries may be sent with GET; send mutations with POST.",
                allow: "POST");
        }

        if (operation?.Operation == OperationType.Mutation)
        {
            AuthorizeMutation(context);
        }

        var result = await ExecuteAsync(context, request with { Query = query }, document, validated, cancellationToken);
        if (!validated && result.Executed && document is not null)
        {
            validatedDocuments.Add(query, document);
        }


        await _errorMapper.MapAsync(result, id => SuggestAsync(context, id, cancellationToken));
        return (result, operationName);
    }

    /// <summary>The ids of the entities whose names come nearest to an id that is not in the graph (at most three).</summary>
    private static async Task<IReadOnlyList<string>> SuggestAsync(HttpContext context, string id, CancellationToken cancellationToken)
    {
        if (context.RequestServices.GetService<IGraphStore>() is not { } store)
        {
            return [];
        }

        var words = id.Replace('-', ' ').Replace('_', ' ').Trim();
        if (words.Length is 0 or > 200)
        {
            return [];
        }

        try
        {
            var found = await store.SearchAsync(new SearchQuery(words, null, 3), cancellationToken).ConfigureAwait(false);
            if (found.Count == 0 && words.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var head, _, ..])
            {
                found = await store.SearchAsync(new SearchQuery(head, null, 3), cancellationToken).ConfigureAwait(false);
            }

            return [.. found.Select(e => e.Id)];
        }
        catch (GraphQueryException)
        {
            return []; // A suggestion is a courtesy: the answer is the NOT_FOUND either way.
        }
    }

    /// <summary>One operation of a batch: a refusal becomes its result, as it would be the answer were it sent alone.</summary>
    private async Task<(ExecutionResult Result, string? OperationName)> RunOrRefuseAsync(
        HttpContext context, GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(context, request, isGet: false, cancellationToken);
        }
        catch (GraphQLHttpRequestException refusal)
        {
            return (GraphQLResponseWriter.RefusalResult(refusal), request.OperationName);
        }
    }

    /// <summary>
    /// The rate limiter let the HTTP request through for one operation; a batch of n takes n - 1 more permits, so it
    /// counts as n requests. Refused whole, before anything runs, when the client has not that many left: then the
    /// limiter's own rejection (429 with Retry-After) is written and this returns false.
    /// </summary>
    private async Task<bool> TryAcquireBatchPermitsAsync(HttpContext context, int operations, CancellationToken cancellationToken)
    {
        if (operations <= 1 || rateLimits.Value.GlobalLimiter is not { } limiter)
        {
            return true;
        }

        using var lease = limiter.AttemptAcquire(context, operations - 1);
        if (lease.IsAcquired)
        {
            return true;
        }

        context.Response.StatusCode = rateLimits.Value.RejectionStatusCode;
        if (rateLimits.Value.OnRejected is { } onRejected)
        {
            await onRejected(new OnRejectedContext { HttpContext = context, Lease = lease }, cancellationToken);
        }

        return false;
    }

    /// <summary>Asks the registered <see cref="IGraphQLMutationGate"/>, if any, whether this request may write.</summary>
    private static void AuthorizeMutation(HttpContext context)
    {
        var access = context.RequestServices.GetService<IGraphQLMutationGate>()?.Authorize(context) ?? MutationAccess.Allowed;
        switch (access)
        {
            case MutationAccess.MissingCredentials:
                context.Response.Headers.WWWAuthenticate = "Bearer";
                throw new GraphQLHttpRequestException(
                    StatusCodes.Status401Unauthorized,
                    GraphQLHttpErrorCodes.Unauthenticated,
                    "Mutations need a credential: send an API key in the 'X-Api-Key' header or 'Authorization: Bearer <token>'.");
            case MutationAccess.WrongCredentials:
                throw new GraphQLHttpRequestException(
                    StatusCodes.Status403Forbidden,
                    GraphQLHttpErrorCodes.Forbidden,
                    "The credential sent is not allowed to run mutations.");
        }
    }

    private async Task<ExecutionResult> ExecuteAsync(
        HttpContext context, GraphQLHttpRequest request, GraphQLDocument? document, bool validated, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var executionOptions = new ExecutionOptions
        {
            Query = request.Query!,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables ?? Inputs.Empty,
            Extensions = request.Extensions ?? Inputs.Empty,
            RequestServices = services,
            User = context.User,
            CancellationToken = cancellationToken,
            Timeout = _options.ExecutionTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = exception =>
                exceptionHandler.HandleAsync(exception, context.TraceIdentifier, request.OperationName),
        };

        if (validated)
        {
            // Our rules, registered with AddValidationRule, are appended to this list inside the executer.
            executionOptions.ValidationRules = [];
        }
        else if (!_options.EnableIntrospection)
        {
            executionOptions.ValidationRules = DocumentValidator.CoreRules.Append(NoIntrospectionValidationRule.Instance);
        }

        if (services.GetService<IDocumentExecuter<ISchema>>() is { } schemaExecuter)
        {
            return await schemaExecuter.ExecuteAsync(executionOptions);
        }

        executionOptions.Schema = services.GetRequiredService<ISchema>();
        return await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(executionOptions);
    }

    /// <summary>
    /// Parses the document up front to tell a GET mutation apart; a document that does not parse is
    /// left to the executer, which reports the syntax error in the usual shape. A document nested past the
    /// parser's depth limit is refused here.
    /// </summary>
    private static GraphQLDocument? TryParse(IServiceProvider services, string query)
    {
        var builder = services.GetService<IDocumentBuilder>() ?? new GraphQLDocumentBuilder();
        try
        {
            return builder.Build(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // Left to the executer this would surface as an unhandled exception (INTERNAL), logging the whole document.
            throw new GraphQLHttpRequestException(
                StatusCodes.Status400BadRequest,
                ErrorCodes.LimitExceeded,
                "The document nests selections, values or types deeper than the GraphQL parser allows; flatten it.");
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>The operation the executer will run, or null when the document does not name one unambiguously.</summary>
    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(operation => operation.Name is { } name && name.StringValue == operationName);
    }
}
