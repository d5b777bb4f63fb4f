using GraphExplorer.Core.Store;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Http;

public sealed class TinyQueryType : ObjectGraphType
{
    public const string SecretInExceptionMessage = "Password=hunter2";

    public TinyQueryType()
    {
        Name = "Query";

        Field<StringGraphType>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument("name", "world")}!");

        Field<IntGraphType>("double")
            .Argument<NonNullGraphType<IntGraphType>>("value")
            .Resolve(context => context.GetArgument<int>("value") * 2);

        Field<StringGraphType>("crash")
            .Resolve(_ => throw new InvalidOperationException($"connection failed: {SecretInExceptionMessage}"));

        Field<StringGraphType>("tooDeep")
            .Resolve(_ => throw new GraphQueryException(ErrorCodes.LimitExceeded, "Argument 'depth' may be at most 4."));

        Field<StringGraphType>("missing")
            .Resolve(_ => throw GraphQueryException.NotFound("nobody"));

        Field<StringGraphType>("slow")
            .ResolveAsync(async context =>
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "never";
            });

        Field<StringGraphType>("requestMarker")
            .Resolve(context => context.RequestServices!.GetRequiredService<RequestMarker>().Id);
    }
}
