using GraphExplorer.Core.Store;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Api.Http;

/// <summary>
/// GraphQL.NET's hook for exceptions a resolver did not turn into an <see cref="ExecutionError"/>.
/// Store errors become errors with their own code and message; anything else is logged with the
/// request id and shown to the client only as a generic message naming that id.
/// </summary>
internal sealed class GraphQLUnhandledExceptionHandler(ILogger<GraphQLUnhandledExceptionHandler> logger)
{
    public Task HandleAsync(UnhandledExceptionContext context, string requestId, string? operationName)
    {
        if (context.OriginalException is GraphQueryException storeException)
        {
            context.ErrorMessage = storeException.Message;
            context.Exception = new ExecutionError(storeException.Message, storeException) { Code = storeException.Code };
            return Task.CompletedTask;
        }

        logger.LogError(
            context.OriginalException,
            "GraphQL request {RequestId} (operation {OperationName}) failed in field {FieldPath}",
            requestId,
            operationName ?? "(unnamed)",
            context.FieldContext is { } field ? string.Join('.', field.Path) : "(none)");

        var message = $"An internal error occurred. Quote request id '{requestId}' when reporting it.";
        context.ErrorMessage = message;
        context.Exception = new ExecutionError(message) { Code = ErrorCodes.Internal };
        return Task.CompletedTask;
    }
}
