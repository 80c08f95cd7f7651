using GraphKam.Tests.Infrastructure;
using W = GraphKam.Tests.Authorization.AuthorizationWorld;

namespace GraphKam.Tests.Authorization;

/// <summary>
/// The changes an outside tester made that used to succeed: each must now be refused and change nothing. (The matrix
/// covers every mutation; these spell out the attacks.)
/// </summary>
public sealed class WriteRuleCaseTests(AuthorizationWorld world) : IClassFixture<AuthorizationWorld>
{
    private Side Li => world.Callers[W.Director].Own!;
    private Side Wang => world.Callers[W.Director].Other!;

    [Theory]
    [InlineData(W.Partner)]
    [InlineData(W.ApiWrite)]
    public async Task A_partner_cannot_change_the_master_data_of_an_account_it_serves(string caller)
    {
        var answer = await RefusedAsync(caller, "updateAccount", new
        {
            id = Li.Account,
            version = await world.VersionAsync(Li.Account),
            name = "Taken over",
            monthlyRevenue = 0m,
            strategic = false,
        });
        Assert.Contains("AUTH_NOT_AUTHORIZED", answer);
    }

    [Fact]
    public async Task A_partner_cannot_rewrite_its_own_distributor_record()
    {
        var partner = world.Callers[W.Partner].Own!.Distributor!;
        var answer = await RefusedAsync(W.Partner, "updateDistributor", new
        {
            id = partner,
            version = await world.VersionAsync(partner),
            regions = Array.Empty<string>(),
            industries = Array.Empty<string>(),
            kind = "GENERAL_EXCLUSIVE",
            contractEnd = "2099-01-01T00:00:00Z",
        });
        Assert.Contains("AUTH_NOT_AUTHORIZED", answer);

        // Its contact details it may keep up to date.
        world.Snapshot.Restore();
        var client = world.Callers[W.Partner].Client;
        var payload = await client.MutateAsync("updateDistributor", "distributor { contactName contactEmail }",
            new { id = partner, version = await world.VersionAsync(partner), contactName = "Ms Chen", contactEmail = "chen@p1.example" });
        world.Snapshot.Restore();
        Assert.Equal(("Ms Chen", "chen@p1.example"),
            (payload.At("distributor.contactName").GetString(), payload.At("distributor.contactEmail").GetString()));
    }

    [Fact]
    public async Task Another_partners_record_answers_as_missing_and_names_nothing_hidden()
    {
        var other = world.Callers[W.Partner].Hidden!.Distributor!;
        var answer = await RefusedAsync(W.Partner, "updateDistributor", new { id = other, version = 1, kind = "GENERAL_EXCLUSIVE" });
        Assert.Contains("DistributorNotFoundError", answer);
        Assert.DoesNotContain("parent", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(W.AccountManager)]
    [InlineData(W.InsideSales)]
    public async Task Staff_cannot_take_a_colleagues_account_by_naming_themselves_its_owner(string caller)
    {
        var (_, self, _, other, _) = world.Callers[caller];
        var answer = await RefusedAsync(caller, "updateAccount", new { id = other!.Account, version = await world.VersionAsync(other.Account), ownerId = self });
        Assert.Contains("AUTH_NOT_AUTHORIZED", answer);
    }

    [Fact]
    public async Task An_account_manager_cannot_give_away_an_account_either()
    {
        var answer = await RefusedAsync(W.AccountManager, "updateAccount",
            new { id = Li.Account, version = await world.VersionAsync(Li.Account), ownerId = Wang.Owner });
        Assert.Contains("AUTH_NOT_AUTHORIZED", answer);
    }

    [Fact]
    public async Task An_account_manager_cannot_take_a_colleagues_deal_nor_then_work_it()
    {
        var self = world.Callers[W.AccountManager].Self;
        var version = await world.VersionAsync(Wang.Deal);
        Assert.Contains("AUTH_NOT_AUTHORIZED", await RefusedAsync(W.AccountManager, "updateOpportunity", new { id = Wang.Deal, version, ownerId = self }));
        Assert.Contains("AUTH_NOT_AUTHORIZED", await RefusedAsync(W.AccountManager, "moveOpportunityStage", new { id = Wang.Deal, version, stageKey = "PROPOSE" }));
        Assert.Contains("AUTH_NOT_AUTHORIZED", await RefusedAsync(W.AccountManager, "closeOpportunity", new { id = Wang.Deal, version, won = true }));
    }

    [Fact]
    public async Task An_account_manager_cannot_open_a_deal_on_a_colleagues_account_in_their_own_name()
    {
        var self = world.Callers[W.AccountManager].Self;
        var answer = await RefusedAsync(W.AccountManager, "createOpportunity",
            new { accountId = Wang.Account, name = "Mine now", amount = 3_000_000m, ownerId = self });
        Assert.Contains("AUTH_NOT_AUTHORIZED", answer);
    }

    [Fact]
    public async Task A_partner_registers_a_new_prospect_and_then_sees_it()
    {
        var (client, _, own, _, _) = world.Callers[W.Partner];
        world.Snapshot.Restore();
        var payload = await client.MutateAsync("registerDeal", "dealRegistration { account { name owner { name } } }", new
        {
            distributorId = own!.Distributor,
            newAccount = new { name = "新客户 Prospect Ltd", industry = "ENTERPRISE", region = "Sichuan" },
            amount = 80_000m,
            description = "Factory network",
        });
        world.Snapshot.Restore();
        Assert.Empty(GraphQLClient.ErrorTypes(payload));
        Assert.Equal("新客户 Prospect Ltd", payload.At("dealRegistration.account.name").GetString());
    }

    [Fact]
    public async Task An_account_manager_who_names_no_owner_opens_the_account_for_themselves()
    {
        var (client, self, _, _, _) = world.Callers[W.AccountManager];
        world.Snapshot.Restore();
        var payload = await client.MutateAsync("createAccount", "account { owner { id } }",
            new { name = "Opened without an owner", industry = "OTHER", region = "Beijing" });
        world.Snapshot.Restore();
        Assert.Empty(GraphQLClient.ErrorTypes(payload));
        Assert.Equal(self, payload.At("account.owner.id").GetString());
    }

    /// <summary>Runs a mutation that must fail and change nothing; returns the answer.</summary>
    [Fact]
    public async Task Clearing_an_override_that_is_not_there_on_a_colleagues_account_is_refused_not_a_success()
    {
        // An outside tester found "nothing to clear" answered as a success on an account the caller may not change.
        world.Snapshot.Restore();
        await world.Callers[W.Director].Client.MutateAsync("clearTierOverride", "account { id }", new { accountId = Wang.Account });
        var before = DatabaseSnapshot.Checksum(world.Factory);
        var response = await world.Callers[W.AccountManager].Client.PostAsync(
            "mutation($input: ClearTierOverrideInput!) { clearTierOverride(input: $input) { errors { __typename } } }", new { input = new { accountId = Wang.Account } });
        Assert.Contains("AUTH_NOT_AUTHORIZED", response.Text);
        Assert.Equal(before, DatabaseSnapshot.Checksum(world.Factory));

        // On its own account it is a success, override or not.
        var own = await world.Callers[W.AccountManager].Client.MutateAsync("clearTierOverride", "account { id }", new { accountId = Li.Account });
        var again = await world.Callers[W.AccountManager].Client.MutateAsync("clearTierOverride", "account { id }", new { accountId = Li.Account });
        world.Snapshot.Restore();
        Assert.Equal(Li.Account, own.At("account.id").GetString());
        Assert.Equal(Li.Account, again.At("account.id").GetString());
    }

    [Fact]
    public async Task A_mutation_refused_mid_document_ends_it_the_mutations_after_it_do_not_run()
    {
        // Li's own account, Wang's (refused when saved: the payload is non-null, so data is null), Li's own again.
        world.Snapshot.Restore();
        var version = await world.VersionAsync(Li.Account);
        var response = await world.Callers[W.AccountManager].Client.PostAsync("""
            mutation($own: ID!, $colleagues: ID!, $v: Int!, $next: Int!, $theirs: Int!) {
              a: updateAccount(input: { id: $own, version: $v, employees: 11 }) { account { version } }
              b: updateAccount(input: { id: $colleagues, version: $theirs, employees: 22 }) { account { version } }
              c: updateAccount(input: { id: $own, version: $next, employees: 33 }) { account { version } }
            }
            """, new { own = Li.Account, colleagues = Wang.Account, v = version, next = version + 1, theirs = await world.VersionAsync(Wang.Account) });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.False(response.HasData && response.Data.ValueKind != System.Text.Json.JsonValueKind.Null, response.Text);
        var stored = await world.Callers[W.Director].Client.DataAsync(
            "query($id: ID!) { node(id: $id) { ... on Account { version employees } } }", new { id = Li.Account });
        world.Snapshot.Restore();
        // a ran before the refusal (as in HotChocolate); c, which nothing could report, did not.
        Assert.Equal((version + 1, 11), (stored.At("node.version").GetInt32(), stored.At("node.employees").GetInt32()));
    }

    private async Task<string> RefusedAsync(string caller, string mutation, object input)
    {
        world.Snapshot.Restore();
        var before = DatabaseSnapshot.Checksum(world.Factory);
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await world.Callers[caller].Client.PostAsync(
            $"mutation($input: {type}!) {{ result: {mutation}(input: $input) {{ errors {{ __typename ... on Error {{ code message }} }} }} }}", new { input });
        Assert.Equal(before, DatabaseSnapshot.Checksum(world.Factory));
        Assert.True(response.Errors.Count > 0 || response.Text.Contains("\"errors\":[", StringComparison.Ordinal), response.Text);
        return response.Text;
    }
}
