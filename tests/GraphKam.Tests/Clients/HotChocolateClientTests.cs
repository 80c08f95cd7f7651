using System.Net;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.Clients;

/// <summary>
/// Clients written for a HotChocolate 14/15 server, with their defaults, against the real server on a loopback
/// port (tests/js-clients/hotchocolate.mjs): Apollo Client with its default error policy, graphql-js's modern
/// introspection query, Relay-style refetches with HotChocolate 13 and 14 IDs, <c>[ID]</c> variables and fragments
/// on HotChocolate's connection type names, and refused pages that null only their own connection field.
/// </summary>
public sealed class HotChocolateClientTests : IAsyncLifetime
{
    private readonly GraphKamFactory _factory = GraphKamFactory.Empty();
    private KnownData _known = null!;

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        _known = await KnownData.SeedAsync(_factory);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task HotChocolate_clients_work_unchanged()
    {
        var deleted = await DeletedContactIdAsync();
        var token = await _factory.Logins.TokenAsync(Roles.Director);
        var baseAddress = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var (exitCode, output) = await NodeScripts.NodeAsync(
            $"hotchocolate.mjs {baseAddress} --token {token} --account-key {_known.Ids["Delta School"]} " +
            $"--account-name \"Delta School\" --deleted {deleted}");
        Assert.True(exitCode == 0, output);
        string[] checks = ["mutationDomainError", "deletedNodeRefetch", "modernIntrospection", "relayRefetch",
            "idListVariables", "connectionFragments", "pagingErrorKeepsSiblings"];
        foreach (var check in checks)
            Assert.Contains($"\"{check}\": \"OK", output);
    }

    /// <summary>The ID of a contact that existed and was then deleted from the database.</summary>
    private async Task<string> DeletedContactIdAsync()
    {
        var payload = await _factory.Client().MutateAsync("addContact", "contact { id }",
            new { accountId = _known.Id("Delta School"), name = "Short-lived Contact" });
        var id = payload.At("contact.id").GetString()!;
        var key = GlobalId.ParseKey(id, "Contact");
        await using var db = _factory.Db();
        Assert.Equal(1, await db.Contacts.Where(c => c.Id == key).ExecuteDeleteAsync());
        return id;
    }
}
