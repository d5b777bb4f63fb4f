using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Http;

/// <summary>Serves the schema as SDL, printed once per schema instance.</summary>
internal sealed class GraphQLSchemaSdlEndpoint(IOptions<GraphQLHttpOptions> options)
{
    private readonly ConditionalWeakTable<ISchema, string> _printed = [];

    public async Task HandleAsync(HttpContext context)
    {
        // The SDL tells what introspection tells: switched off together.
        if (!options.Value.EnableIntrospection)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var schema = context.RequestServices.GetRequiredService<ISchema>();
        var sdl = _printed.GetValue(schema, Print);
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(sdl, context.RequestAborted);
    }

    private static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print();
    }
}
