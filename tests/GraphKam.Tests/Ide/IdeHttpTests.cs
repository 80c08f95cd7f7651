using System.Net;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;

namespace GraphKam.Tests.Ide;

/// <summary>
/// Banana Cake Pop served beside /graphql as HotChocolate's MapGraphQL() serves it: a browser's GET of /graphql is
/// redirected to /graphql/, which serves the IDE from a named folder or through ChilliCream's content-delivery
/// network (here a stand-in on a loopback port), and /graphql/bcp-config.json configures it.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class IdeHttpTests
{
    private static GraphKamFactory Server(params (string Key, string Value)[] settings)
    {
        var factory = GraphKamFactory.Empty();
        foreach (var (key, value) in settings) factory.Settings[$"GraphKam:GraphQL:Ide:{key}"] = value;
        return factory;
    }

    private static GraphKamFactory FromFolder() => Server(("Enabled", "true"), ("Folder", BananaCakePopPackage.Folder),
        ("Title", "GraphKam test"), ("Document", "{ accounts { totalCount } }"), ("HttpHeaders:X-Team", "kam"));

    private static readonly string Index = Path.Combine(BananaCakePopPackage.Folder, "index.html");

    private static async Task<HttpResponseMessage> GetAsync(GraphKamFactory factory, string path,
        string accept = "text/html")
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await client.SendAsync(request);
    }

    [IdeFact]
    public async Task A_browser_is_redirected_to_the_ide_which_is_served_from_the_named_folder()
    {
        using var factory = FromFolder();
        var redirect = await GetAsync(factory, "/graphql?query=x", "text/html,application/xhtml+xml,*/*;q=0.8");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/graphql/?query=x", redirect.Headers.Location?.OriginalString);

        var index = await GetAsync(factory, "/graphql/");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(Index), await index.Content.ReadAsStringAsync());

        // Its files come unchanged, with the licence that goes with them; nothing outside the folder is reachable.
        var scripts = Path.Combine(BananaCakePopPackage.Folder, "static", "js");
        var script = Directory.GetFiles(scripts, "main.*.js").Single();
        var served = await GetAsync(factory, $"/graphql/static/js/{Path.GetFileName(script)}", "*/*");
        Assert.Equal(await File.ReadAllBytesAsync(script), await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(factory, "/graphql/LICENSE", "*/*")).StatusCode);
        string[] outside = ["/graphql/..%2Fpackage.json", "/graphql/static/..%2F..%2Fpackage.json", "/graphql/nope.js"];
        foreach (var path in outside)
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(factory, path, "*/*")).StatusCode);
    }

    [IdeFact]
    public async Task The_ide_page_keeps_a_policy_of_its_own_and_may_not_be_framed()
    {
        using var factory = FromFolder();
        var index = await GetAsync(factory, "/graphql/");
        var policy = index.Headers.GetValues("Content-Security-Policy").Single();
        // The dashboard's policy (no inline style, no eval) leaves the IDE a blank page; its own still protects it.
        Assert.Contains("style-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'unsafe-eval';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", index.Headers.GetValues("X-Frame-Options").Single());

        var dashboard = await GetAsync(factory, "/");
        Assert.Contains("style-src 'self';", dashboard.Headers.GetValues("Content-Security-Policy").Single(),
            StringComparison.Ordinal);
    }

    [IdeFact]
    public async Task The_configuration_file_tells_the_ide_to_use_this_endpoint()
    {
        using var factory = FromFolder();
        var response = await GetAsync(factory, "/graphql/bcp-config.json", "application/json");
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = config.RootElement;
        Assert.True(root.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("GraphKam test", root.GetProperty("title").GetString());
        Assert.Equal("{ accounts { totalCount } }", root.GetProperty("graphQLDocument").GetString());
        Assert.Equal("kam", root.GetProperty("httpHeaders").GetProperty("X-Team").GetString());
        Assert.True(root.GetProperty("disableTelemetry").GetBoolean());
    }

    [IdeFact]
    public async Task GraphQL_requests_to_the_endpoint_are_unchanged()
    {
        using var factory = FromFolder();
        var client = factory.AnonymousClient();
        Assert.Equal("Query", (await client.DataAsync("{ __typename }")).GetProperty("__typename").GetString());
        var get = await client.GetAsync("query=%7B__typename%7D");
        Assert.Equal(HttpStatusCode.OK, get.Status);
        var sdl = await GetAsync(factory, "/graphql?sdl", "*/*");
        Assert.Contains("type Query", await sdl.Content.ReadAsStringAsync());
    }

    [IdeFact]
    public async Task Through_the_content_delivery_network_the_files_are_passed_on_unchanged()
    {
        await using var cdn = await FakeCdnAsync();
        using var factory = Server(("Enabled", "true"), ("CdnUrl", $"{cdn.Urls.Single()}/web/latest"));
        var index = await GetAsync(factory, "/graphql/");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal(await File.ReadAllTextAsync(Index), await index.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(factory, "/graphql/nope.js", "*/*")).StatusCode);
    }

    [Fact]
    public async Task An_unreachable_network_is_a_clear_502_and_the_endpoint_still_works()
    {
        using var factory = Server(("Enabled", "true"), ("CdnUrl", "http://127.0.0.1:9/web/latest"));
        var index = await GetAsync(factory, "/graphql/");
        Assert.Equal(HttpStatusCode.BadGateway, index.StatusCode);
        Assert.Contains("GraphKam:GraphQL:Ide:Folder", await index.Content.ReadAsStringAsync());
        var typename = await factory.AnonymousClient().DataAsync("{ __typename }");
        Assert.Equal("Query", typename.GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("Testing", null, HttpStatusCode.NotAcceptable)]
    [InlineData("Production", null, HttpStatusCode.NotAcceptable)]
    [InlineData("Development", null, HttpStatusCode.MovedPermanently)]
    [InlineData("Production", "true", HttpStatusCode.MovedPermanently)]
    [InlineData("Development", "false", HttpStatusCode.NotAcceptable)]
    public async Task The_ide_is_served_by_default_only_in_Development(string environment, string? enabled,
        HttpStatusCode status)
    {
        using var factory = new EnvironmentFactory(environment);
        if (enabled != null) factory.Settings["GraphKam:GraphQL:Ide:Enabled"] = enabled;
        Assert.Equal(status, (await GetAsync(factory, "/graphql")).StatusCode);
    }

    private sealed class EnvironmentFactory(string environment) : GraphKamFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            Settings["GraphKam:SeedDemoData"] = "false";
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
        }
    }

    /// <summary>A stand-in for ChilliCream's network: its files under /web/latest on a loopback port.</summary>
    private static async Task<WebApplication> FakeCdnAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/web/latest",
            FileProvider = new PhysicalFileProvider(BananaCakePopPackage.Folder),
            ServeUnknownFileTypes = true,
        });
        await app.StartAsync();
        return app;
    }
}
