using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Service;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Service;

/// <summary>
/// Partner 1 of the demo data and service cases: it sees, opens and hears of cases only on accounts it serves; a case
/// on partner 2's account answers as a missing one.
/// </summary>
public sealed class ServiceCasePartnerTests : IAsyncLifetime
{
    private readonly GraphKamFactory _factory = new();
    private GraphQLClient _partner = null!, _director = null!;
    private string _mine = "", _theirs = "";

    public async Task InitializeAsync()
    {
        _director = _factory.Client();
        await _director.DataAsync("{ __typename }");
        _partner = await _factory.Logins.SignInAsync("partner1@demo.graphkam");
        await using var db = _factory.Db();
        var p1 = (await db.Logins.SingleAsync(l => l.Email == "partner1@demo.graphkam")).DistributorId!.Value;
        var served = await db.Accounts.Where(a => a.ArchivedAt == null)
            .Select(a => new { a.Id, Distributors = a.Distributors.Select(d => d.Id).ToList(), Deals = a.Opportunities.Select(o => o.DistributorId).ToList() })
            .ToListAsync();
        bool Sees(int account) => served.Any(a => a.Id == account && (a.Distributors.Contains(p1) || a.Deals.Contains(p1)));
        _mine = GlobalId.Encode("Account", served.First(a => a.Distributors.Contains(p1)).Id);
        _theirs = GlobalId.Encode("Account", served.First(a => a.Distributors.Count > 0 && !Sees(a.Id)).Id);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private static object Case(string account, string subject, string? ownerId = null) =>
        new { accountId = account, kind = "COMPLAINT", severity = "HIGH", channel = "PORTAL", subject, ownerId };

    [Fact]
    public async Task A_partner_sees_opens_and_hears_of_cases_only_on_accounts_it_serves()
    {
        var token = _partner.Http.DefaultRequestHeaders.Authorization!.Parameter;
        await using var socket = await GraphQLSocket.OpenAsync(_factory, payload: new { Authorization = $"Bearer {token}" });
        await socket.SubscribeAsync("s", """
            subscription {
                serviceCaseChanged {
                    kind
                    serviceCase {
                        subject
                    }
                }
            }
            """);
        await _factory.SubscribersAsync(ServiceCaseChanged.Topic, 1);

        var hidden = await _director.MutateAsync("openServiceCase", "serviceCase { id }", Case(_theirs, "their case"));
        var visible = await _director.MutateAsync("openServiceCase", "serviceCase { id }", Case(_mine, "my case"));
        Assert.Empty(ErrorTypes(hidden));
        Assert.Equal("my case", (await socket.ReceiveAsync()).At("payload.data.serviceCaseChanged.serviceCase.subject").GetString());
        Assert.Null(await socket.TryReceiveAsync(TimeSpan.FromMilliseconds(300)));

        var listed = (await _partner.DataAsync("{ serviceCases { nodes { subject } } }")).At("serviceCases.nodes").Strings("subject");
        Assert.Contains("my case", listed);
        Assert.DoesNotContain("their case", listed);
        var hiddenId = hidden.At("serviceCase.id").GetString();
        var node = await _partner.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = hiddenId });
        Assert.Equal(JsonValueKind.Null, node.Data.At("node").ValueKind);
        Assert.Equal(["ServiceCaseNotFoundError"],
            ErrorTypes(await _partner.MutateAsync("acknowledgeServiceCase", "serviceCase { id }", new { id = hiddenId, version = 1 })));
        Assert.Equal(["AccountNotFoundError"], ErrorTypes(await _partner.MutateAsync("openServiceCase", "serviceCase { id }", Case(_theirs, "x"))));

        // Its own cases: opened without an internal owner, and worked.
        var opened = await _partner.MutateAsync("openServiceCase", "serviceCase { id status }", Case(_mine, "raised by the partner"));
        Assert.Equal("OPEN", opened.At("serviceCase.status").GetString());
        var ack = await _partner.MutateAsync("acknowledgeServiceCase", "serviceCase { status }",
            new { id = opened.At("serviceCase.id").GetString(), version = 1 });
        Assert.Equal("ACKNOWLEDGED", ack.At("serviceCase.status").GetString());
        await using var db = _factory.Db();
        var owner = GlobalId.Encode("User", await db.People.Select(p => p.Id).FirstAsync());
        // The company's people answer as missing to a partner.
        Assert.Equal(["OwnerNotFoundError"],
            ErrorTypes(await _partner.MutateAsync("openServiceCase", "serviceCase { id }", Case(_mine, "with an owner", owner))));
        Assert.False(await db.ServiceCases.AnyAsync(c => c.Subject == "with an owner"));
        var byOwner = await _partner.PostAsync("{ serviceCases(where: { ownerId: { eq: \"VXNlcjox\" } }) { totalCount } }");
        Assert.Equal("AUTH_NOT_AUTHORIZED", byOwner.Errors[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Staff_cannot_name_a_partners_user_owner_of_a_case_or_an_account()
    {
        await using var db = _factory.Db();
        var partnerUser = GlobalId.Encode("User",
            await db.People.Where(p => p.Role == GraphKam.Server.Data.UserRole.Partner).Select(p => p.Id).FirstAsync());
        Assert.Equal(["OwnerNotStaffError"],
            ErrorTypes(await _director.MutateAsync("openServiceCase", "serviceCase { id }", Case(_mine, "partner owner", partnerUser))));
        Assert.False(await db.ServiceCases.AnyAsync(c => c.Subject == "partner owner"));
        var account = await _director.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { version } } }", new { id = _mine });
        var update = await _director.MutateAsync("updateAccount", "account { owner { id } }",
            new { id = _mine, version = account.At("node.version").GetInt32(), ownerId = partnerUser });
        Assert.Equal(["OwnerNotStaffError"], ErrorTypes(update));
        Assert.Equal("OWNER_NOT_STAFF", update.At("errors")[0].GetProperty("code").GetString());
    }
}
