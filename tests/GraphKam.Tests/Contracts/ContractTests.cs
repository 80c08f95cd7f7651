using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Contracts;

/// <summary>
/// Contracts on the known dataset (clock at 2026-11-27 08:00 UTC): Li owns Alpha Industries and alpha beta Bank; Zhao
/// owns Bravo Éclair Power and Delta School. Written by those who work the account, never read by partners.
/// </summary>
public sealed class ContractTests : KnownDataTest
{
    private GraphQLClient Li => Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);
    private GraphQLClient Zhao => Factory.Logins.ClientAs(Roles.InsideSales, personId: Known.UserIds["Zhao Min"]);

    private const string Selection = "contract { id number value startsOn endsOn renewalState version products { code } signedBy { name } }";

    private static List<string> Codes(JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null ? []
            : [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];

    private Task<JsonElement> CreateAsync(string account, string number, string endsOn, GraphQLClient? client = null,
        string startsOn = "2025-12-01T00:00:00Z", decimal value = 1_200_000m, string[]? productIds = null, string? signedById = null,
        string? renewalOfId = null) =>
        (client ?? Li).MutateAsync("createContract", Selection, new
        {
            accountId = Known.Id(account),
            number,
            value,
            startsOn,
            endsOn,
            productIds = productIds ?? [],
            signedById,
            renewalOfId,
        });

    private static async Task<string> IdOf(Task<JsonElement> creating)
    {
        var payload = await creating;
        Assert.Empty(ErrorTypes(payload));
        return payload.At("contract.id").GetString()!;
    }

    private async Task<List<string>> ExpiringAsync(int within)
    {
        var data = await Li.DataAsync("query($w: Int!) { contractsExpiring(within: $w) { nodes { number } } }", new { w = within });
        return [.. data.At("contractsExpiring.nodes").EnumerateArray().Select(n => n.GetProperty("number").GetString()!)];
    }

    [Fact]
    public async Task Contracts_expiring_are_those_ending_from_today_within_the_days_soonest_first()
    {
        // Today is 2026-11-27. Ended yesterday: not expiring; ends today: expiring; 18 days ahead; 94 days ahead.
        await IdOf(CreateAsync("Alpha Industries", "C-ENDED", "2026-11-26T00:00:00Z"));
        await IdOf(CreateAsync("Alpha Industries", "C-TODAY", "2026-11-27T00:00:00Z"));
        await IdOf(CreateAsync("alpha beta Bank", "C-DEC", "2026-12-15T23:00:00Z"));
        var march = await IdOf(CreateAsync("Alpha Industries", "C-MAR", "2027-03-01T00:00:00Z"));

        Assert.Equal(["C-TODAY", "C-DEC"], await ExpiringAsync(18));
        Assert.Equal(["C-TODAY"], await ExpiringAsync(17));
        Assert.Equal(["C-TODAY", "C-DEC", "C-MAR"], await ExpiringAsync(94));
        // A date is a day: the time of day given is dropped.
        var dec = await Li.DataAsync("{ contracts(where: { number: { eq: \"C-DEC\" } }) { nodes { endsOn } } }");
        Assert.Equal("2026-12-15T00:00:00Z", dec.At("contracts.nodes")[0].GetProperty("endsOn").GetString());

        // Terminated contracts are not to renew; lapsed ones still end.
        Assert.Empty(ErrorTypes(await Li.MutateAsync("updateContract", Selection, new { id = march, version = 1, renewalState = "TERMINATED" })));
        Assert.Equal(["C-TODAY", "C-DEC"], await ExpiringAsync(94));
        // A day later C-TODAY has ended.
        Factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(["C-DEC"], await ExpiringAsync(94));

        foreach (var within in new[] { 0, -3, 3661 })
        {
            var refused = await Li.PostAsync("query($w: Int!) { contractsExpiring(within: $w) { nodes { number } } }", new { w = within });
            Assert.Equal(["OUT_OF_RANGE"], refused.ErrorCodes);
        }
        var account = await Li.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { contracts { totalCount nodes { number } } } } }",
            new { id = Known.Id("Alpha Industries") });
        Assert.Equal(["C-ENDED", "C-TODAY", "C-MAR"],
            account.At("node.contracts.nodes").EnumerateArray().Select(n => n.GetProperty("number").GetString()).ToList());
    }

    [Fact]
    public async Task Renewing_opens_a_deal_for_the_owner_and_winning_it_renews_the_contract()
    {
        var contract = await IdOf(CreateAsync("Alpha Industries", "  HT-2026-001  ", "2026-12-31T00:00:00Z", value: 80_000m));
        var renewal = await Li.MutateAsync("renewContract",
            "contract { number renewalState version renewalOpportunity { id name amount expectedCloseDate status stage { key } owner { name } account { name } } }",
            new { contractId = contract });
        Assert.Empty(ErrorTypes(renewal));
        Assert.Equal(("HT-2026-001", "RENEWAL_IN_PROGRESS", 2), (renewal.At("contract.number").GetString(),
            renewal.At("contract.renewalState").GetString(), renewal.At("contract.version").GetInt32()));
        var deal = renewal.At("contract.renewalOpportunity");
        Assert.Equal(("Renewal: HT-2026-001", 80_000m, "2026-12-31T00:00:00Z", "OPEN", "IDENTIFY", "李强 Li Qiang", "Alpha Industries"),
            (deal.GetProperty("name").GetString(), deal.GetProperty("amount").GetDecimal(), deal.GetProperty("expectedCloseDate").GetString(),
             deal.GetProperty("status").GetString(), deal.At("stage.key").GetString(), deal.At("owner.name").GetString(),
             deal.At("account.name").GetString()));

        // Renewing twice is refused, and opens no second deal.
        Assert.Equal(["CONTRACT_NOT_RENEWABLE"], Codes(await Li.MutateAsync("renewContract", "contract { id }", new { contractId = contract })));
        await using (var db = Factory.Db())
            Assert.Equal(1, db.Opportunities.Count(o => o.AccountId == Known.Ids["Alpha Industries"]));
        Assert.Equal(["HT-2026-001"], await ExpiringAsync(60));

        // Winning the deal renews the contract, which then no longer waits in the expiring list.
        var won = await Li.MutateAsync("closeOpportunity", "opportunity { status }",
            new { id = deal.GetProperty("id").GetString(), won = true, version = 1 });
        Assert.Empty(ErrorTypes(won));
        var after = await Li.DataAsync("query($id: ID!) { node(id: $id) { ... on Contract { renewalState version } } }", new { id = contract });
        Assert.Equal(("RENEWED", 3), (after.At("node.renewalState").GetString(), after.At("node.version").GetInt32()));
        Assert.Empty(await ExpiringAsync(60));

        // The successor names it; a second successor is refused.
        var next = await Li.MutateAsync("createContract", "contract { renewalOf { number } }", new
        {
            accountId = Known.Id("Alpha Industries"),
            number = "HT-2027-001",
            value = 90_000m,
            startsOn = "2027-01-01T00:00:00Z",
            endsOn = "2027-12-31T00:00:00Z",
            renewalOfId = contract,
        });
        Assert.Equal("HT-2026-001", next.At("contract.renewalOf.number").GetString());
        var renewedBy = await Li.DataAsync("query($id: ID!) { node(id: $id) { ... on Contract { renewedBy { number } } } }", new { id = contract });
        Assert.Equal("HT-2027-001", renewedBy.At("node.renewedBy.number").GetString());
        Assert.Equal(["INVALID_RENEWAL_OF"], Codes(await CreateAsync("Alpha Industries", "HT-2027-002", "2027-12-31T00:00:00Z", renewalOfId: contract)));
    }

    [Fact]
    public async Task A_lost_renewal_lets_the_contract_lapse_and_reopening_puts_it_back_under_renewal()
    {
        var contract = await IdOf(CreateAsync("alpha beta Bank", "HT-LOST", "2027-01-31T00:00:00Z"));
        var renewal = await Li.MutateAsync("renewContract", "contract { renewalOpportunity { id } }", new { contractId = contract });
        var deal = renewal.At("contract.renewalOpportunity.id").GetString();
        Assert.Empty(ErrorTypes(await Li.MutateAsync("closeOpportunity", "opportunity { id }", new { id = deal, won = false, lossReason = "price", version = 1 })));
        async Task<string> State() => (await Li.DataAsync("query($id: ID!) { node(id: $id) { ... on Contract { renewalState } } }", new { id = contract }))
            .At("node.renewalState").GetString()!;
        Assert.Equal("LAPSED", await State());
        Assert.Equal(["HT-LOST"], await ExpiringAsync(90));
        Assert.Empty(ErrorTypes(await Li.MutateAsync("reopenOpportunity", "opportunity { id }", new { id = deal, version = 2 })));
        Assert.Equal("RENEWAL_IN_PROGRESS", await State());
    }

    [Fact]
    public async Task Bad_input_is_a_typed_error_and_changes_nothing()
    {
        var product = (await Client.MutateAsync("createProduct", "product { id }",
            new { code = "MC-ECS", name = "Cloud", family = "Mobile cloud", listPrice = 1_000m, active = true })).At("product.id").GetString()!;
        var ours = (await Li.MutateAsync("addContact", "contact { id }", new { accountId = Known.Id("Alpha Industries"), name = "Ms Wu" }))
            .At("contact.id").GetString()!;
        var theirs = (await Client.MutateAsync("addContact", "contact { id }", new { accountId = Known.Id("Delta School"), name = "Mr Ma" }))
            .At("contact.id").GetString()!;
        var created = await CreateAsync("Alpha Industries", "C-1", "2027-06-30T00:00:00Z", productIds: [product, product], signedById: ours);
        Assert.Empty(ErrorTypes(created));
        Assert.Equal(("MC-ECS", "Ms Wu"), (created.At("contract.products")[0].GetProperty("code").GetString(), created.At("contract.signedBy.name").GetString()));
        var id = created.At("contract.id").GetString()!;

        Assert.Equal(["DUPLICATE_CONTRACT_NUMBER"], Codes(await CreateAsync("alpha beta Bank", " C-1 ", "2027-06-30T00:00:00Z")));
        Assert.Equal(["ENDS_BEFORE_START"], Codes(await CreateAsync("Alpha Industries", "C-2", "2025-12-01T12:00:00Z")));
        Assert.Equal(["DATE_OUT_OF_RANGE"], Codes(await CreateAsync("Alpha Industries", "C-2", "2101-01-01T00:00:00Z")));
        Assert.Equal(["REQUIRED_VALUE"], Codes(await CreateAsync("Alpha Industries", "   ", "2027-01-01T00:00:00Z")));
        Assert.Equal(["TOO_LONG"], Codes(await CreateAsync("Alpha Industries", new string('9', 61), "2027-01-01T00:00:00Z")));
        Assert.Equal(["OUT_OF_RANGE"], Codes(await CreateAsync("Alpha Industries", "C-2", "2027-01-01T00:00:00Z", value: -1m)));
        Assert.Equal(["INVALID_SIGNATORY"], Codes(await CreateAsync("Alpha Industries", "C-2", "2027-01-01T00:00:00Z", signedById: theirs)));
        Assert.Equal(["PRODUCT_NOT_FOUND"], Codes(await CreateAsync("Alpha Industries", "C-2", "2027-01-01T00:00:00Z",
            productIds: [GlobalId.Encode("Product", 9_999)])));
        Assert.Equal(["INVALID_ID"], Codes(await CreateAsync("Alpha Industries", "C-2", "2027-01-01T00:00:00Z", productIds: [ours])));
        Assert.Equal(["ACCOUNT_ARCHIVED"], Codes(await Client.MutateAsync("createContract", "contract { id }", new
        {
            accountId = Known.Id("Zulu Archived"),
            number = "C-2",
            value = 1m,
            startsOn = "2026-01-01T00:00:00Z",
            endsOn = "2027-01-01T00:00:00Z",
        })));

        async Task<List<string>> Update(object input) => Codes(await Li.MutateAsync("updateContract", Selection, input));
        Assert.Equal(["STALE_VERSION"], await Update(new { id, version = 2, value = 5m }));
        Assert.Equal(["ENDS_BEFORE_START"], await Update(new { id, version = 1, endsOn = "2025-01-01T00:00:00Z" }));
        Assert.Equal(["INVALID_RENEWAL_STATE"], await Update(new { id, version = 1, renewalState = "RENEWED" }));
        Assert.Equal(["INVALID_SIGNATORY"], await Update(new { id, version = 1, signedById = theirs }));
        Assert.Equal(["CONTRACT_NOT_FOUND"], await Update(new { id = GlobalId.Encode("Contract", 9_999), version = 1 }));
        Assert.Equal(["CONTRACT_NOT_FOUND"], Codes(await Li.MutateAsync("renewContract", "contract { id }",
            new { contractId = GlobalId.Encode("Contract", 9_999) })));
        var unchanged = await Li.DataAsync("query($id: ID!) { node(id: $id) { ... on Contract { version value products { code } } } }", new { id });
        Assert.Equal((1, 1_200_000m, 1), (unchanged.At("node.version").GetInt32(), unchanged.At("node.value").GetDecimal(),
            unchanged.At("node.products").GetArrayLength()));

        var updated = await Li.MutateAsync("updateContract", Selection, new { id, version = 1, value = 1_500_000m, productIds = Array.Empty<string>(), signedById = (string?)null });
        Assert.Empty(ErrorTypes(updated));
        Assert.Equal((2, 1_500_000m, 0, JsonValueKind.Null), (updated.At("contract.version").GetInt32(), updated.At("contract.value").GetDecimal(),
            updated.At("contract.products").GetArrayLength(), updated.At("contract.signedBy").ValueKind));
    }

    [Fact]
    public async Task Another_account_manager_and_partners_neither_write_nor_read_contracts()
    {
        var contract = await IdOf(CreateAsync("Alpha Industries", "C-LI", "2027-01-31T00:00:00Z"));
        static async Task<List<string?>> Run(GraphQLClient client, string mutation, object input)
        {
            var type = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
            return [.. (await client.PostAsync($"mutation($input: {type}!) {{ r: {mutation}(input: $input) {{ errors {{ __typename }} }} }}",
                new { input })).ErrorCodes];
        }
        // Zhao does not work Li's account: refused, nothing changed.
        Assert.Contains("AUTH_NOT_AUTHORIZED", await Run(Zhao, "createContract", new
        {
            accountId = Known.Id("Alpha Industries"),
            number = "C-ZHAO",
            value = 1m,
            startsOn = "2026-01-01T00:00:00Z",
            endsOn = "2027-01-01T00:00:00Z",
        }));
        Assert.Contains("AUTH_NOT_AUTHORIZED", await Run(Zhao, "updateContract", new { id = contract, version = 1, value = 2m }));
        Assert.Contains("AUTH_NOT_AUTHORIZED", await Run(Zhao, "renewContract", new { contractId = contract }));
        await using (var db = Factory.Db())
        {
            Assert.Equal(["C-LI"], db.Contracts.Select(c => c.Number).ToList());
            Assert.Equal((1, 0), (db.Contracts.Single().Version, db.Opportunities.Count()));
        }
        // Staff read it (as they read the account); Zhao may write on his own account.
        Assert.Equal(1, (await Zhao.DataAsync("{ contracts { totalCount } }")).At("contracts.totalCount").GetInt32());
        Assert.Empty(ErrorTypes(await CreateAsync("Delta School", "C-ZHAO", "2027-01-31T00:00:00Z", client: Zhao)));

        // A partner serving the account sees neither the contracts nor the field, and writes none.
        var created = await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "Contract Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" });
        var distributor = created.At("distributor.id").GetString()!;
        await Client.MutateAsync("assignDistributor", "assignment { assignedAt }",
            new { accountId = Known.Id("Alpha Industries"), distributorId = distributor });
        var partner = Factory.Logins.ClientAs(Roles.Partner, GlobalId.ParseKey(distributor, "Distributor"));
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await partner.PostAsync("{ contracts { totalCount } }")).ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await partner.PostAsync("{ contractsExpiring(within: 90) { totalCount } }")).ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await partner.PostAsync(
            "query($id: ID!) { node(id: $id) { ... on Account { name contracts { totalCount } } } }", new { id = Known.Id("Alpha Industries") })).ErrorCodes);
        var node = await partner.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = contract });
        Assert.Equal(JsonValueKind.Null, node.Data.GetProperty("node").ValueKind);
        Assert.Contains("AUTH_NOT_AUTHORIZED", await Run(partner, "renewContract", new { contractId = contract }));
        await using var after = Factory.Db();
        Assert.Equal(0, after.Opportunities.Count());
    }

    [Fact]
    public async Task A_renewal_deal_cannot_be_handed_to_a_partner_later()
    {
        // The deal's name, amount and close date are the contract's number, value and last day, and a partner's close
        // would leave the contract under renewal for good: the deal stays with the company's own sales.
        var contract = await IdOf(CreateAsync("Alpha Industries", "HT-PARTNER", "2026-12-31T00:00:00Z", value: 80_000m));
        var renewal = await Li.MutateAsync("renewContract", "contract { renewalOpportunity { id } }", new { contractId = contract });
        var deal = renewal.At("contract.renewalOpportunity.id").GetString()!;
        var created = await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "Renewal Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" });
        var distributor = created.At("distributor.id").GetString()!;

        Assert.Equal(["RENEWAL_DEAL_DIRECT"], Codes(await Li.MutateAsync("updateOpportunity", "opportunity { id }",
            new { id = deal, version = 1, route = "CHANNEL", distributorId = distributor })));

        var partner = Factory.Logins.ClientAs(Roles.Partner, GlobalId.ParseKey(distributor, "Distributor"));
        Assert.Equal(0, (await partner.DataAsync("{ opportunities { totalCount } }")).At("opportunities.totalCount").GetInt32());
        await using var db = Factory.Db();
        var stored = db.Opportunities.Single(o => o.Name == "Renewal: HT-PARTNER");
        Assert.Equal((false, (int?)null), (stored.Route == SalesRoute.Channel, stored.DistributorId));

        // Other changes of the deal are as for any deal.
        Assert.Empty(Codes(await Li.MutateAsync("updateOpportunity", "opportunity { id }", new { id = deal, version = 1, name = "Renewal: HT-PARTNER, 2027" })));
    }
}
