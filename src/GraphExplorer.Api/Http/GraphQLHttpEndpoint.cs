using GraphExplorer.Core.Store;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
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
    ILogger<GraphQLHttpEndpoint> logger)
{
    private readonly GraphQLHttpOptions _options = options.Value;
    private readonly GraphQLRequestReader _reader = new(options.Value, serializer);
    private readonly GraphQLResponseWriter _writer = new(serializer);
    private readonly ClientErrorMapper _errorMapper = new(options.Value);

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var mediaType = GraphQLMediaTypes.Json;
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

            var request = isGet
                ? _reader.ReadGet(context.Request.Query)
                : await _reader.ReadPostAsync(context.Request, cancellationToken);

            var document = TryParse(context.RequestServices, request.Query);
            if (isGet && document is not null && SelectsNonQueryOperation(document, request.OperationName))
            {
                throw new GraphQLHttpRequestException(
                    StatusCodes.Status405MethodNotAllowed,
                    GraphQLHttpErrorCodes.MethodNotAllowed,
                    "Only queries may be sent with GET; send mutations with POST.",
                    allow: "POST");
            }

            var result = await ExecuteAsync(context, request, document, cancellationToken);
            _errorMapper.Map(result);
            await _writer.WriteResultAsync(context, result, mediaType, cancellationToken);
        }
        catch (GraphQLHttpRequestException refusal)
        {
            await _writer.WriteRefusalAsync(context, refusal, mediaType, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
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
    }

    private async Task<ExecutionResult> ExecuteAsync(
        HttpContext context, GraphQLHttpRequest request, GraphQLDocument? document, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var executionOptions = new ExecutionOptions
        {
            Query = request.Query,
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

        if (!_options.EnableIntrospection)
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
    /// left to the executer, which reports the syntax error in the usual shape.
    /// </summary>
    private static GraphQLDocument? TryParse(IServiceProvider services, string query)
    {
        var builder = services.GetService<IDocumentBuilder>() ?? new GraphQLDocumentBuilder();
        try
        {
            return builder.Build(query);
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static bool SelectsNonQueryOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(operation => operation.Name is { } name && name.StringValue == operationName);
        return selected is not null && selected.Operation != OperationType.Query;
    }
}
