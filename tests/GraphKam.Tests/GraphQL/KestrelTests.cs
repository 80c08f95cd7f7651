using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

/// <summary>The same server on real Kestrel and a real loopback socket, as `dotnet run` serves it.</summary>
[Trait("Provider", "Independent")]
public sealed class KestrelTests : IDisposable
{
    private readonly GraphKamFactory _factory = new();
    private readonly HttpClient _http;

    public KestrelTests()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        _http = _factory.CreateClient();
    }

    public void Dispose()
    {
        _http.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Serves_the_demo_accounts_over_a_socket()
    {
        Assert.Equal(IPAddress.Loopback.ToString(), _http.BaseAddress!.Host);
        _http.DefaultRequestHeaders.Authorization = new("Bearer", await _factory.Logins.TokenAsync(GraphKam.Server.Common.Roles.Director));
        var response = await _http.PostAsJsonAsync("/graphql", new { query = "{ accounts(first: 2) { totalCount nodes { name } } }" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(body.At("data.accounts.totalCount").GetInt32() >= 300);
        Assert.Equal("Healthy", await _http.GetStringAsync("/healthz"));
    }

    [Fact]
    public async Task A_client_that_lies_about_its_body_size_cannot_hang_or_crash_the_server()
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(_http.BaseAddress!.Host, _http.BaseAddress.Port);
        var stream = socket.GetStream();
        var request = "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{\"query\":";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        var reply = new byte[512];
        var read = await stream.ReadAsync(reply).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.StartsWith("HTTP/1.1 413", System.Text.Encoding.ASCII.GetString(reply, 0, read));

        var after = await _http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
