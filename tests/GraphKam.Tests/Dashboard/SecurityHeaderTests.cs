using System.Net;
using System.Text.RegularExpressions;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Dashboard;

/// <summary>
/// The headers of the static files and the API: nosniff everywhere, a strict Content-Security-Policy and no framing
/// for the pages, public widget files and an API that keeps its CORS allow-list, and a favicon.
/// </summary>
[Trait("Provider", "Independent")]
public sealed partial class SecurityHeaderTests(KnownDataFixture fixture) : IClassFixture<KnownDataFixture>
{
    private static readonly string[] Pages = ["/", "/index.html", "/embed.html"];
    private const string UnlistedPortal = "https://portal.unlisted.example";

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? origin = null,
        string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (origin != null) request.Headers.Add("Origin", origin);
        if (json != null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return await fixture.Factory.CreateClient().SendAsync(request);
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[d.Split(' ')[0].Length..].Trim());

    [Fact]
    public async Task Every_response_says_nosniff()
    {
        string[] files = ["/embed/graphkam.js", "/js/dom.js", "/css/graphkam.css", "/favicon.ico", "/healthz",
            "/no-such-file.js"];
        var requests = Pages.Concat(files).Select(path => (HttpMethod.Get, path, (string?)null))
            .Append((HttpMethod.Post, "/graphql", """{ "query": "{ __typename }" }"""))
            .Append((HttpMethod.Post, "/auth/login", """{ "email": "nobody@example.com", "password": "wrong" }"""));
        foreach (var (method, path, body) in requests)
        {
            var response = await SendAsync(method, path, json: body);
            Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var values),
                $"{method} {path} has no X-Content-Type-Options");
            Assert.Equal("nosniff", values.Single());
        }
    }

    [Fact]
    public async Task The_pages_have_a_strict_content_security_policy_and_may_not_be_framed()
    {
        foreach (var page in Pages)
        {
            var response = await SendAsync(HttpMethod.Get, page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var csp = Directives(response);
            Assert.Equal("'none'", csp["default-src"]);
            Assert.Equal("'self'", csp["script-src"]); // no 'unsafe-inline', no 'unsafe-eval', no other host
            Assert.Equal("'self'", csp["style-src"]);
            var host = fixture.Factory.Server.BaseAddress.Authority;
            Assert.Equal($"'self' ws://{host} wss://{host}", csp["connect-src"]);
            Assert.Equal("'none'", csp["frame-ancestors"]);
            Assert.Equal("'none'", csp["base-uri"]);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());

            // The policy can hold because the pages themselves have no inline script, style or handler.
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch(InlineScriptOrStyle(), html);
        }
    }

    [Fact]
    public async Task The_widget_files_are_public_while_the_api_keeps_its_allow_list()
    {
        foreach (var file in new[] { "/embed/graphkam.js", "/js/graphql.js", "/js/views.js", "/css/graphkam.css" })
        {
            var response = await SendAsync(HttpMethod.Get, file, UnlistedPortal);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"), file);
        }
        var api = await SendAsync(HttpMethod.Post, "/graphql", UnlistedPortal, """{ "query": "{ __typename }" }""");
        Assert.False(api.Headers.Contains("Access-Control-Allow-Origin"));
        var page = await SendAsync(HttpMethod.Get, "/index.html", UnlistedPortal);
        Assert.False(page.Headers.Contains("Access-Control-Allow-Origin")); // only the widget folders are public
    }

    [Fact]
    public async Task The_favicon_is_served_and_linked()
    {
        var icon = await SendAsync(HttpMethod.Get, "/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);
        var svg = await SendAsync(HttpMethod.Get, "/favicon.svg");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("'none'", Directives(svg)["default-src"]); // an SVG is a document too
        foreach (var page in Pages)
        {
            var html = await (await SendAsync(HttpMethod.Get, page)).Content.ReadAsStringAsync();
            Assert.Contains("""<link rel="icon" href="favicon.svg" type="image/svg+xml">""", html);
        }
    }

    /// <summary>A script element without src, a style element or attribute, or an on… handler attribute.</summary>
    [GeneratedRegex("""<script(?![^>]*\ssrc=)[^>]*>|<style[\s>]|\sstyle=|\son[a-z]+=""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScriptOrStyle();
}
