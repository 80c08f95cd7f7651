using System.Net.Http.Headers;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Authorization;

/// <summary>
/// Everything a mutation can be aimed at, once for each side of the sales floor: Li's accounts (served by partner
/// P1), Wang's (served by P2) and Zhao's (inside sales). Built through the API as a director, then kept as a database
/// snapshot that every matrix case starts from.
/// </summary>
public sealed class AuthorizationWorld : IAsyncLifetime
{
    public GraphKamFactory Factory { get; } = GraphKamFactory.Empty();
    public DatabaseSnapshot Snapshot { get; private set; } = null!;
    public Dictionary<string, (GraphQLClient Client, string? Self, Side? Own, Side? Other, Side? Hidden)> Callers { get; } = [];
    public string TargetPerson { get; private set; } = "";
    public string Policy { get; private set; } = "";

    /// <summary>An active catalogue product no side's account uses yet (the sides use another).</summary>
    public string Product { get; private set; } = "";

    public const string Admin = "ADMIN", Director = "DIRECTOR", AccountManager = "ACCOUNT_MANAGER", InsideSales = "INSIDE_SALES",
        Partner = "PARTNER", ApiRead = "API READ", ApiWrite = "API WRITE";

    public async Task InitializeAsync()
    {
        var director = Factory.Client();
        await director.DataAsync("{ __typename }");
        var (li, wang, zhao, target) = await PeopleAsync();
        TargetPerson = target;
        var p1 = await Create(director, "createDistributor", "distributor { id }",
            new { name = "P1 Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" }, "distributor.id");
        var p2 = await Create(director, "createDistributor", "distributor { id }",
            new { name = "P2 Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" }, "distributor.id");

        var used = await Create(director, "createProduct", "product { id }",
            new { code = "MATRIX-USED", name = "Matrix cloud", family = "Mobile cloud", listPrice = 1_000m }, "product.id");
        Product = await Create(director, "createProduct", "product { id }",
            new { code = "MATRIX-NEW", name = "Matrix SD-WAN", family = "SD-WAN", listPrice = 2_000m }, "product.id");

        var liSide = await SideAsync(director, "Li", li, p1, used);
        var wangSide = await SideAsync(director, "Wang", wang, p2, used);
        var zhaoSide = await SideAsync(director, "Zhao", zhao, null, used);
        // The partners' views: their own deal instead of the company's direct one.
        var p1Side = liSide with { Deal = liSide.ChannelDeal!, ClosedDeal = liSide.ClosedChannelDeal! };
        var p2Side = wangSide with { Deal = wangSide.ChannelDeal!, ClosedDeal = wangSide.ClosedChannelDeal! };
        Policy = (await director.DataAsync("{ tierPolicy(key: \"icbc-stars\") { id } }")).At("tierPolicy.id").GetString()!;

        var logins = Factory.Logins;
        var p1Key = GlobalId.ParseKey(p1, "Distributor");
        Callers[Admin] = (logins.ClientAs(Roles.Admin), null, liSide, wangSide, null);
        Callers[Director] = (director, null, liSide, wangSide, null);
        Callers[AccountManager] = (logins.ClientAs(Roles.AccountManager, personId: Key(li)), li, liSide, wangSide, null);
        Callers[InsideSales] = (logins.ClientAs(Roles.InsideSales, personId: Key(zhao)), zhao, zhaoSide, liSide, null);
        Callers[Partner] = (logins.ClientAs(Roles.Partner, distributorId: p1Key), null, p1Side, null, p2Side);
        Callers[ApiRead] = (await TokenClientAsync(director, p1, "READ"), null, p1Side, null, p2Side);
        Callers[ApiWrite] = (await TokenClientAsync(director, p1, "WRITE"), null, p1Side, null, p2Side);
        await TokenClientAsync(director, p2, "READ"); // another partner's token, for revokeApiToken
        // Every caller signs in once before the snapshot (a token that may only write cannot ask a query).
        foreach (var (role, (client, _, _, _, _)) in Callers) if (role != ApiWrite) await client.DataAsync("{ __typename }");
        Snapshot = DatabaseSnapshot.Of(Factory);
    }

    /// <summary>
    /// Brings the database back to the snapshot unless the last case left it unchanged. Most cells of the matrix are
    /// refusals that change nothing; restoring after each of them anyway was most of the matrix's time, above all on
    /// PostgreSQL.
    /// </summary>
    public void Reset()
    {
        if (!_changed) return;
        Snapshot.Restore();
        _changed = false;
    }

    /// <summary>Whether the last call changed the database (the next <see cref="Reset"/> then undoes it).</summary>
    public bool Changed() => _changed = Snapshot.Changed();

    private bool _changed = true; // not known before the first reset

    private async Task<(string Li, string Wang, string Zhao, string Target)> PeopleAsync()
    {
        await using var db = Factory.Db();
        var people = new[]
        {
            new User { Name = "Li", Email = "li@matrix.test", Role = UserRole.AccountManager },
            new User { Name = "Wang", Email = "wang@matrix.test", Role = UserRole.AccountManager },
            new User { Name = "Zhao", Email = "zhao@matrix.test", Role = UserRole.InsideSales },
        };
        db.People.AddRange(people);
        await db.SaveChangesAsync();
        // A login to administer (its roles, its lock), not one of the callers.
        var target = await Factory.Logins.LoginAsync(Roles.InsideSales);
        var person = db.Logins.Single(l => l.Id == target).PersonId;
        return (Id("User", people[0].Id), Id("User", people[1].Id), Id("User", people[2].Id), Id("User", person));
    }

    /// <summary>An account of <paramref name="owner"/> with two contacts, deals (open and closed), a tier override and,
    /// when a partner serves it, the partner's deals, a registration and the conflict they raise.</summary>
    private static async Task<Side> SideAsync(GraphQLClient director, string name, string owner, string? partner, string product)
    {
        var account = await Create(director, "createAccount", "account { id }",
            new { name = $"{name} Account", industry = "ENTERPRISE", region = "Beijing", ownerId = owner, coverage = "OUTSIDE" }, "account.id");
        var contact = await Create(director, "addContact", "contact { id }", new { accountId = account, name = $"{name} CEO" }, "contact.id");
        var second = await Create(director, "addContact", "contact { id }", new { accountId = account, name = $"{name} CTO" }, "contact.id");
        await Create(director, "upsertRolePlan", "rolePlan { id }", new { contactId = contact, goal = "Keep close", frequencyDays = 30 }, "rolePlan.id");
        await Create(director, "overrideAccountTier", "account { id }",
            new { accountId = account, tierCode = "A1", reason = "framework agreement", expiresAt = "2027-06-01T00:00:00Z" }, "account.id");
        string? channelDeal = null, closedChannel = null, registration = null, conflict = null;
        if (partner != null)
        {
            await Create(director, "assignDistributor", "assignment { assignedAt }", new { accountId = account, distributorId = partner }, "assignment.assignedAt");
            channelDeal = await DealAsync(director, account, $"{name} channel deal", owner, partner);
            closedChannel = await DealAsync(director, account, $"{name} closed channel deal", owner, partner, close: true);
            registration = await Create(director, "registerDeal", "dealRegistration { id }",
                new { distributorId = partner, accountId = account, amount = 50_000m, description = $"{name} claim" }, "dealRegistration.id");
        }
        var deal = await DealAsync(director, account, $"{name} direct deal", owner, null);
        var closed = await DealAsync(director, account, $"{name} closed deal", owner, null, close: true);
        if (partner != null)
        {
            var conflicts = await director.DataAsync($$"""
                { channelConflicts(where: { distributor: { id: { eq: "{{partner}}" } }, status: { eq: OPEN } }) { nodes { id } } }
                """);
            conflict = conflicts.At("channelConflicts.nodes")[0].GetProperty("id").GetString();
        }
        var serviceCase = await Create(director, "openServiceCase", "serviceCase { id }",
            new { accountId = account, kind = "REQUEST", severity = "LOW", channel = "PHONE", subject = $"{name} request" }, "serviceCase.id");
        var resolvedCase = await Create(director, "openServiceCase", "serviceCase { id }",
            new { accountId = account, kind = "COMPLAINT", severity = "HIGH", channel = "EMAIL", subject = $"{name} complaint" }, "serviceCase.id");
        await Create(director, "resolveServiceCase", "serviceCase { id }", new { id = resolvedCase, version = 1, resolution = "fixed" }, "serviceCase.id");
        // An active plan for this year, to edit, review and close.
        var plan = await Create(director, "createAccountPlan", "accountPlan { id }", new { accountId = account }, "accountPlan.id");
        await Create(director, "changeAccountPlanStatus", "accountPlan { id }", new { id = plan, version = 1, status = "ACTIVE" }, "accountPlan.id");
        // The owner on their own team too, so that no one gains rights on a side they do not own.
        var teamMember = await Create(director, "addAccountTeamMember", "accountTeamMember { id }",
            new { accountId = account, userId = owner, role = "EXECUTIVE_SPONSOR" }, "accountTeamMember.id");
        var accountProduct = await Create(director, "addAccountProduct", "accountProduct { id }",
            new { accountId = account, productId = product, monthlyValue = 1_000m }, "accountProduct.id");
        var contract = await Create(director, "createContract", "contract { id }", new
        {
            accountId = account,
            number = $"{name}-CONTRACT",
            value = 2_000_000m,
            startsOn = "2026-01-01T00:00:00Z",
            endsOn = "2026-12-31T00:00:00Z",
            productIds = new[] { product },
            signedById = contact,
        }, "contract.id");
        return new Side(account, contact, second, deal, closed, channelDeal, closedChannel, registration, conflict, partner, owner,
            serviceCase, resolvedCase, teamMember, plan, accountProduct, contract);
    }

    private static async Task<string> DealAsync(GraphQLClient director, string account, string name, string owner, string? partner, bool close = false)
    {
        object input = partner == null
            ? new { accountId = account, name, amount = 2_000_000m, ownerId = owner, route = "OUTSIDE" }
            : new { accountId = account, name, amount = 20_000m, ownerId = owner, route = "CHANNEL", distributorId = partner };
        var deal = await Create(director, "createOpportunity", "opportunity { id }", input, "opportunity.id");
        if (close) await Create(director, "closeOpportunity", "opportunity { id }", new { id = deal, won = false, lossReason = "price", version = 1 }, "opportunity.id");
        return deal;
    }

    private async Task<GraphQLClient> TokenClientAsync(GraphQLClient director, string distributor, string scope)
    {
        var token = await Create(director, "createApiToken", "apiToken { token }",
            new { name = $"Portal {scope}", distributorId = distributor, expiresAt = "2027-06-30T00:00:00Z", scopes = new[] { scope } }, "apiToken.token");
        var http = Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    /// <summary>The current version of an object, read as a director (versions move as the world is built).</summary>
    public async Task<int> VersionAsync(string id)
    {
        var data = await Callers[Director].Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Node { id } "
            + "... on Account { version } ... on Contact { version } ... on Opportunity { version } ... on Distributor { version } "
            + "... on DealRegistration { version } ... on ChannelConflict { version } ... on TierPolicy { version } "
            + "... on ServiceCase { version } ... on AccountPlan { version } ... on Product { version } ... on Contract { version } } }", new { id });
        return data.At("node.version").GetInt32();
    }

    private static async Task<string> Create(GraphQLClient director, string mutation, string selection, object input, string path)
    {
        var payload = await director.MutateAsync(mutation, selection, input);
        Assert.True(GraphQLClient.ErrorTypes(payload).Count == 0, $"{mutation}: {payload}");
        return payload.At(path).ToString();
    }

    private static string Id(string type, int key) => GlobalId.Encode(type, key);
    private static int Key(string id) => GlobalId.TryParse(id, out var global) ? global.Key : throw new ArgumentException(id);

    public Task DisposeAsync()
    {
        Snapshot?.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>One side's targets: what a mutation may be aimed at.</summary>
public sealed record Side(string Account, string Contact, string SecondContact, string Deal, string ClosedDeal,
    string? ChannelDeal, string? ClosedChannelDeal, string? Registration, string? Conflict, string? Distributor, string Owner,
    string ServiceCase, string ResolvedServiceCase, string TeamMember, string Plan, string AccountProduct, string Contract);
