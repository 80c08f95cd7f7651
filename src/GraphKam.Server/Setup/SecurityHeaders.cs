using Microsoft.Net.Http.Headers;

namespace GraphKam.Server.Setup;

/// <summary>
/// Headers that keep browsers from misusing GraphKam's answers: every response is <c>nosniff</c>; every document
/// (the dashboard, the demo portal embed.html, SVG) gets <see cref="PageSecurityPolicy"/> unless it states a policy
/// of its own, and may not be framed (<c>X-Frame-Options</c> for browsers without <c>frame-ancestors</c>). A partner
/// portal that shows the widgets is a page of its own origin, under its own policy.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseGraphKamSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            // Set just before the headers go out, so no later Response.Clear() (error pages) drops them.
            http.Response.OnStarting(() => Add(http));
            return next(http);
        });

    private static Task Add(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (IsDocument(http.Response.ContentType))
        {
            // A page that states its own policy keeps it (Banana Cake Pop at /graphql/ needs a looser one).
            if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
                headers.ContentSecurityPolicy = PageSecurityPolicy.For(http.Request);
            headers.XFrameOptions = "DENY";
        }
        return Task.CompletedTask;
    }

    private static bool IsDocument(string? contentType) =>
        contentType != null && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("image/svg+xml", StringComparison.OrdinalIgnoreCase));
}
