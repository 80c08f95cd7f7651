using System.Net;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Streaming;

/// <summary>
/// The npm clients people use — graphql-ws, Apollo's subscriptions-transport-ws and graphql-sse — each receive an
/// event from the real server on a loopback port (tests/js-clients/check.mjs, run with Node).
/// </summary>
public sealed class JavaScriptClientTests : IAsyncLifetime
{
    private readonly GraphKamFactory _factory = GraphKamFactory.Empty();

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        await KnownData.SeedAsync(_factory);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_npm_clients_receive_events()
    {
        var baseAddress = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var token = await _factory.Logins.TokenAsync(Roles.Director);
        var (exitCode, output) = await NodeScripts.NodeAsync($"check.mjs {baseAddress} --token {token}");
        Assert.True(exitCode == 0, output);
        Assert.Contains("""{"graphql-ws":"CREATED","subscriptions-transport-ws":"CREATED","graphql-sse":"CREATED"}""", output);
    }
}
