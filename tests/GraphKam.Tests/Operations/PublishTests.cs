using System.Diagnostics;
using System.Net;
using GraphKam.Tests.ScaleOut;

namespace GraphKam.Tests.Operations;

/// <summary>
/// What the README tells an operator to deploy: a publish of the server, started from its own folder outside the
/// repository, serves the dashboard and the partner widgets (it once served neither: they stayed in the repository), and
/// keeps the token signing key it generates beside its database, not in its own folder (which may be read-only).
/// Once per suite run, on SQLite: a publish writes into the server project's obj folder, which two runs at once share.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class PublishTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"graphkam-publish-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_published_server_serves_the_dashboard_and_the_widgets_and_writes_only_beside_its_database()
    {
        // The build the tests run against, published as it is (no platform: no ahead-of-time compilation to wait for).
        var project = Path.Combine(ServerProcess.RepositoryRoot(), "src", "GraphKam.Server", "GraphKam.Server.csproj");
        var (exitCode, output) = await ServerProcess.RunToEndAsync(new ProcessStartInfo("dotnet",
            ["publish", project, "--no-build", "-c", ServerProcess.BuildConfiguration, "-o", _folder]), TimeSpan.FromMinutes(3));
        Assert.True(exitCode == 0, output);

        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        using var server = new ServerProcess("published", new Dictionary<string, string>
        {
            ["ConnectionStrings:GraphKam"] = $"Data Source={Path.Combine(data, "graphkam.db")}",
            ["GraphKam:SeedDemoData"] = "false",
        }, _folder);
        await server.ReadyAsync(TimeSpan.FromMinutes(2));
        using var http = server.Client();

        var dashboard = await http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(ServerProcess.RepositoryRoot(), "wwwroot", "index.html")),
            await dashboard.Content.ReadAsStringAsync());
        var widget = await http.GetAsync(new Uri("/embed/graphkam.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, widget.StatusCode);
        Assert.Equal("text/javascript", widget.Content.Headers.ContentType?.MediaType);

        // A bearer token to check needs the signing key: the server makes one and keeps it.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent("""{"query":"{ me { name } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not.a.token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(request)).StatusCode);
        Assert.True(File.Exists(Path.Combine(data, "graphkam-signing.key")), "The key is kept beside the database.");
        Assert.False(File.Exists(Path.Combine(_folder, "graphkam-signing.key")), "Nothing is written into the install folder.");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
