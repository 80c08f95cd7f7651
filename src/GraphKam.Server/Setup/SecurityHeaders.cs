namespace GraphKam.Server.Setup;

/// <summary>
/// Headers that keep browsers from misusing GraphKam's answers: every response is <c>nosniff</c>; every document
/// (the dashboard, the demo portal embed.html, SVG) gets <see cref="PageSecurityPolicy"/> and may not be framed
/// (<c>frame-ancestors 'none'</c>, and <c>X-Frame-Options</c> for browsers without it). A partner portal that shows
/// the widgets is a page of its own origin, under its own policy.
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
            headers.ContentSecurityPolicy = PageSecurityPolicy.For(http.Request);
            headers.XFrameOptions = "DENY";
        }
        return Task.CompletedTask;
    }

    private static bool IsDocument(string? contentType) =>
        contentType != null && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("image/svg+xml", StringComparison.OrdinalIgnoreCase));
}
