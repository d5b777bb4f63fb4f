namespace GraphExplorer.Api.Security;

/// <summary>Headers every answer carries: the API serves JSON and text only, never a page to frame or script.</summary>
internal static class SecurityHeaders
{
    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
    }
}
