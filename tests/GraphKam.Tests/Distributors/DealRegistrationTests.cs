using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Distributors;

/// <summary>Registration, approval and rejection, the protection window, and every refusal.</summary>
public sealed class DealRegistrationTests : ChannelScenario
{
    private const string Selection = "dealRegistration { id status version protectedUntil account { name } conflicts { kind otherDistributor { name } } opportunity { route distributor { name } stage { key } amount } }";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Partner("四川教育", "INDUSTRY_AUTHORIZED", new { regions = new[] { "Sichuan" }, industries = new[] { "EDUCATION" } });
        await Partner("成都联讯", "AUTHORIZED", new { regions = new[] { "Sichuan" } });
    }

    private Task<JsonElement> Register(string partner, object fields) => Client.MutateAsync("registerDeal", Selection,
        Input(new { distributorId = Partners[partner], amount = 120_000m, description = "智慧校园 Smart campus\nPhase 1", expectedCloseDate = "2027-03-31T00:00:00Z" }, fields));

    private static List<string> Kinds(JsonElement payload) => payload.At("dealRegistration.conflicts").Strings("kind");

    [Fact]
    public async Task A_clean_registration_is_approved_into_a_channel_deal()
    {
        var registered = await Register("四川教育", new { accountId = Known.Id("Delta School") });
        Assert.Empty(ErrorTypes(registered));
        Assert.Equal(("PENDING", "2027-02-25T08:00:00Z"), (registered.At("dealRegistration.status").GetString(), registered.At("dealRegistration.protectedUntil").GetString()));
        Assert.Empty(Kinds(registered));

        var id = registered.At("dealRegistration.id").GetString();
        var approved = await Client.MutateAsync("approveDealRegistration", Selection, new { id, version = 1 });
        Assert.Equal(("APPROVED", "CHANNEL", "四川教育", "IDENTIFY", 120_000m), (approved.At("dealRegistration.status").GetString(), approved.At("dealRegistration.opportunity.route").GetString(),
            approved.At("dealRegistration.opportunity.distributor.name").GetString(), approved.At("dealRegistration.opportunity.stage.key").GetString(),
            approved.At("dealRegistration.opportunity.amount").GetDecimal()));
        var deal = await Client.DataAsync("{ opportunities(where: { distributor: { name: { eq: \"四川教育\" } } }) { nodes { name owner { name } account { distributors { name } } } } }");
        var node = deal.At("opportunities.nodes")[0];
        Assert.Equal(("智慧校园 Smart campus", "Zhao Min"), (node.GetProperty("name").GetString(), node.At("owner.name").GetString()));
        Assert.Equal(["四川教育"], node.At("account.distributors").Strings("name")); // approval made the partner serve the account
        Assert.Equal(["RegistrationNotPendingError"], ErrorTypes(await Client.MutateAsync("approveDealRegistration", Selection, new { id, version = 2 })));
        Assert.Equal(["RegistrationNotPendingError"], ErrorTypes(await Client.MutateAsync("rejectDealRegistration", Selection, new { id, reason = "late", version = 2 })));
    }

    [Fact]
    public async Task A_second_claim_inside_the_protection_window_is_flagged()
    {
        var first = await Register("四川教育", new { accountId = Known.Id("Delta School") });
        Days(89);
        var second = await Register("成都联讯", new { accountId = Known.Id("Delta School") });
        Assert.Equal(["DUPLICATE_REGISTRATION"], Kinds(second));
        Assert.Equal("四川教育", second.At("dealRegistration.conflicts")[0].At("otherDistributor.name").GetString());

        // Outside the window, or after the earlier claim was rejected, a new claim is clean.
        Days(2);
        Assert.Equal(["DUPLICATE_REGISTRATION"], Kinds(await Register("成都联讯", new { accountId = Known.Id("Delta School") }))); // the second claim is still inside its window
        var rejected = await Client.MutateAsync("rejectDealRegistration", Selection, new { id = second.At("dealRegistration.id").GetString(), reason = "先到先得 First come, first served", version = 1 });
        Assert.Equal("REJECTED", rejected.At("dealRegistration.status").GetString());
        var conflicts = await Client.DataAsync("""
            query($id: ID!) {
                node(id: $id) {
                    ... on DealRegistration {
                        rejectionReason
                        conflicts {
                            status resolution
                        }
                    }
                }
            }
            """, new { id = second.At("dealRegistration.id").GetString() });
        Assert.Equal("CLEARED", conflicts.At("node.conflicts")[0].GetProperty("status").GetString());
        Assert.Empty(ErrorTypes(first));
    }

    private void Days(int days) => Factory.Clock.Advance(TimeSpan.FromDays(days));

    [Fact]
    public async Task Territory_and_direct_deals_are_flagged_at_registration()
    {
        await Client.MutateAsync("createOpportunity", "opportunity { id }", new { accountId = Known.Id("Alpha Industries"), name = "直销单", amount = 30_000m, route = "INSIDE" });
        var registered = await Register("四川教育", new { accountId = Known.Id("Alpha Industries") });
        Assert.Equal(["TERRITORY_BREACH", "DIRECT_VS_CHANNEL"], Kinds(registered));
        var flagged = await Client.DataAsync("""
            {
                dealRegistrations(where: { conflicts: { some: { kind: { eq: TERRITORY_BREACH } } } }) {
                    totalCount
                }
            }
            """);
        Assert.Equal(1, flagged.At("dealRegistrations.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_registration_can_bring_a_new_account()
    {
        var registered = await Register("四川教育", new { newAccount = new { name = "成都七中 Chengdu No. 7 High School", industry = "EDUCATION", region = "Sichuan" } });
        Assert.Equal("成都七中 Chengdu No. 7 High School", registered.At("dealRegistration.account.name").GetString());
        var account = await Client.DataAsync("{ accounts(where: { name: { contains: \"七中\" } }) { nodes { coverage tier { code } } } }");
        Assert.Equal("CHANNEL", account.At("accounts.nodes")[0].GetProperty("coverage").GetString());
        Assert.Equal(["EmptyNameError"], ErrorTypes(await Register("四川教育", new { newAccount = new { name = " ", industry = "EDUCATION", region = "Sichuan" } })));
    }

    [Fact]
    public async Task Registrations_refuse_bad_input_and_store_nothing()
    {
        Assert.Equal(["AccountChoiceError"], ErrorTypes(await Register("四川教育", new { })));
        Assert.Equal(["AccountChoiceError"], ErrorTypes(await Register("四川教育", new { accountId = Known.Id("Delta School"), newAccount = new { name = "X", industry = "OTHER", region = "Beijing" } })));
        Assert.Equal(["AccountArchivedError", "OutOfRangeError", "RequiredValueError", "CloseDateInPastError"], ErrorTypes(await Register("四川教育",
            new { accountId = Known.Id("Zulu Archived"), amount = 0m, description = " ", expectedCloseDate = "2026-11-01T00:00:00Z" })));
        await Client.MutateAsync("setDistributorStatus", "distributor { id }", new { id = Partners["成都联讯"], status = "SUSPENDED", version = 1 });
        Assert.Equal(["DistributorNotActiveError"], ErrorTypes(await Register("成都联讯", new { accountId = Known.Id("Delta School") })));
        await using var db = Factory.Db();
        Assert.Equal(0, await db.DealRegistrations.CountAsync());
        Assert.Equal(0, await db.ChannelConflicts.CountAsync());

        var pending = await Register("四川教育", new { accountId = Known.Id("Delta School") });
        var id = pending.At("dealRegistration.id").GetString();
        Assert.Equal(["RequiredValueError"], ErrorTypes(await Client.MutateAsync("rejectDealRegistration", Selection, new { id, reason = "", version = 1 })));
        Assert.Equal(["StaleVersionError"], ErrorTypes(await Client.MutateAsync("approveDealRegistration", Selection, new { id, version = 3 })));
        // The deal it would create is owned by one of the company's staff, never a partner's user.
        var partnerUser = new User { Name = "Partner Person", Email = "partner@test", Role = UserRole.Partner };
        db.People.Add(partnerUser);
        await db.SaveChangesAsync();
        Assert.Equal(["OwnerNotStaffError"], ErrorTypes(await Client.MutateAsync("approveDealRegistration", Selection,
            new { id, version = 1, ownerId = GlobalId.Encode("User", partnerUser.Id) })));
        // The partner was suspended after registering: its claim cannot be approved, and nothing is created.
        await Client.MutateAsync("setDistributorStatus", "distributor { id }", new { id = Partners["四川教育"], status = "SUSPENDED", version = 1 });
        Assert.Equal(["DistributorNotActiveError"], ErrorTypes(await Client.MutateAsync("approveDealRegistration", Selection, new { id, version = 1 })));
        Assert.Equal(0, await db.Opportunities.CountAsync());
    }
}
