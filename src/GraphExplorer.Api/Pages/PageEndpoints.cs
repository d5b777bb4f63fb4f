using GraphExplorer.Api.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Api.Pages;

/// <summary>
/// The pages a person opens in a browser: GraphiQL at <c>/graphql</c> (for a GET that asks for HTML and carries no
/// query), the explorer at <c>/explore</c>, <c>/</c> leading there, and their bundles under <c>/app</c> (frontend/, built
/// with the program). A program's requests to <c>/graphql</c> never reach them.
/// </summary>
public static class PageEndpoints
{
    /// <summary>
    /// Our own origin only; the explorer draws on canvases, exports to blobs, and its SVG export writes style attributes
    /// (style-src-attr), never style elements or scripts of its own.
    /// </summary>
    private const string ExplorerPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The IDE's editor (Monaco) sets styles inline and runs its language services in workers from our origin.</summary>
    private const string IdePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self' data:; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "app");

    public static WebApplication UseGraphExplorerPages(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path == "/graphql"
                && !context.Request.Query.ContainsKey("query") && AsksForHtml(context.Request))
            {
                await SendPageAsync(context, "graphql.html", IdePolicy).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        if (System.IO.Directory.Exists(Directory))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(Directory),
                RequestPath = "/app",
                OnPrepareResponse = file => file.Context.Response.Headers.ContentSecurityPolicy = ExplorerPolicy,
            });
        }

        app.MapGet("/explore", context => SendPageAsync(context, "explore.html", ExplorerPolicy));
        app.MapGet("/", context =>
        {
            context.Response.Redirect("/explore");
            return Task.CompletedTask;
        });
        return app;
    }

    private static bool AsksForHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            && !accept.Any(type => type.MediaType.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task SendPageAsync(HttpContext context, string page, string policy)
    {
        var path = Path.Combine(Directory, page);
        if (!File.Exists(path))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                $"The page {page} was not built: build the API project with Node.js installed (frontend/ is bundled by its build).").ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentSecurityPolicy = policy;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers[HeaderNames.Vary] = HeaderNames.Accept;
        await context.Response.SendFileAsync(path).ConfigureAwait(false);
    }
}
