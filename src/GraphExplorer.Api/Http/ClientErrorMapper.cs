using GraphExplorer.Core.Store;
using GraphQL;
using GraphQL.Execution;

namespace GraphExplorer.Api.Http;

/// <summary>
/// Rewrites the errors of an execution result into what a client may see: every error gets an
/// <c>extensions.code</c>, and no inner exception survives (GraphQL.NET would otherwise derive extra
/// codes and data from exception types).
/// </summary>
internal sealed class ClientErrorMapper(GraphQLHttpOptions options)
{
    /// <param name="suggest">The ids nearest to one that is not in the graph, for a <c>NOT_FOUND</c> to offer.</param>
    public async Task MapAsync(ExecutionResult result, Func<string, Task<IReadOnlyList<string>>> suggest)
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            result.Errors = null;
            return;
        }

        var mapped = new ExecutionErrors();
        foreach (var error in errors)
        {
            mapped.Add(FindStoreException(error) is { MissingId: { } missing } notFound
                ? await NotFoundAsync(error, notFound, missing, suggest).ConfigureAwait(false)
                : Map(error));
        }

        result.Errors = mapped;

        // A timeout stops a request that was valid and under way: answer with "data": null and 200,
        // not as a request error (which would be 400 with application/graphql-response+json).
        if (errors.Any(error => error is TimeoutError))
        {
            result.Executed = true;
        }
    }

    private ExecutionError Map(ExecutionError error)
    {
        if (FindStoreException(error) is { } storeException)
        {
            var mapped = new ExecutionError(storeException.Message) { Code = storeException.Code };
            if (storeException.Field is { } field)
            {
                mapped.Extensions ??= new Dictionary<string, object?>();
                mapped.Extensions["field"] = field;
            }

            return CopyPlacement(error, mapped);
        }

        if (error is TimeoutError)
        {
            var message =
                $"The request did not finish within the execution timeout of {options.ExecutionTimeout.TotalSeconds:0.###} s " +
                $"({GraphQLHttpOptions.SectionName}:ExecutionTimeout). Ask for less, e.g. a smaller depth or limit.";
            return CopyPlacement(error, new ExecutionError(message) { Code = GraphQLHttpErrorCodes.Timeout });
        }

        if (error is UnhandledError)
        {
            // The message was replaced with a generic one by GraphQLUnhandledExceptionHandler.
            return CopyPlacement(error, new ExecutionError(error.Message) { Code = ErrorCodes.Internal });
        }

        if (error.InnerException is null && error.Code is not null)
        {
            return error;
        }

        return CopyPlacement(error, new ExecutionError(error.Message) { Code = error.Code ?? ErrorCodes.Internal });
    }

    private static async Task<ExecutionError> NotFoundAsync(
        ExecutionError error, GraphQueryException notFound, string missing, Func<string, Task<IReadOnlyList<string>>> suggest)
    {
        var near = await suggest(missing).ConfigureAwait(false);
        var message = near.Count == 0
            ? notFound.Message
            : $"No entity has the id '{missing}'. Did you mean {string.Join(" or ", near.Select(id => $"'{id}'"))}? (search(text:) finds others.)";
        var mapped = new ExecutionError(message) { Code = notFound.Code };
        mapped.Extensions ??= new Dictionary<string, object?>();
        mapped.Extensions["suggestions"] = near;
        return CopyPlacement(error, mapped);
    }

    private static GraphQueryException? FindStoreException(ExecutionError error)
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            if (current is GraphQueryException storeException)
            {
                return storeException;
            }
        }

        return null;
    }

    private static ExecutionError CopyPlacement(ExecutionError from, ExecutionError to)
    {
        to.Path = from.Path;
        if (from.Locations is { } locations)
        {
            foreach (var location in locations)
            {
                to.AddLocation(location);
            }
        }

        return to;
    }
}
