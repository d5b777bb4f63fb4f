using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.Tests.Http;

public sealed class TinyMutationType : ObjectGraphType
{
    public TinyMutationType()
    {
        Name = "Mutation";

        Field<StringGraphType>("echo")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(context => context.GetArgument<string>("text"));
    }
}
