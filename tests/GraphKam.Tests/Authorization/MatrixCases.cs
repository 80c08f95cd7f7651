using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Authorization;

/// <summary>
/// For each mutation, a valid input aimed at one side's target: what the caller would send if it were allowed. The
/// caller's own person (<c>self</c>) is named where a mutation can hand something to someone, so that "other" is the
/// attempt to take a colleague's account or deal.
/// </summary>
public static class MatrixCases
{
    private const string Future = "2027-06-01T00:00:00Z";

    public static async Task<object> InputAsync(string mutation, Side side, string? self, AuthorizationWorld world)
    {
        var distributor = side.Distributor ?? world.Callers[AuthorizationWorld.Director].Own!.Distributor!;
        var registration = side.Registration ?? world.Callers[AuthorizationWorld.Director].Own!.Registration!;
        var conflict = side.Conflict ?? world.Callers[AuthorizationWorld.Director].Own!.Conflict!;
        var owner = self ?? side.Owner;
        return mutation switch
        {
            // An account for the side's owner: one's own, or (for "other") a colleague's.
            "createAccount" => new { name = "Matrix Account", industry = "OTHER", region = "Beijing", ownerId = side.Owner },
            "updateAccount" => new { id = side.Account, version = await world.VersionAsync(side.Account), satisfaction = 88.0 },
            "archiveAccount" => new { id = side.Account },
            "createUser" => new { name = "Matrix User", email = "new@matrix.test", password = "Matrix-password-2026", roles = new[] { "INSIDE_SALES" } },
            "setUserRoles" => new { userId = world.TargetPerson, roles = new[] { "ACCOUNT_MANAGER" } },
            "lockUser" => new { userId = world.TargetPerson, locked = true },
            "changePassword" => new { currentPassword = TestLogins.TestPassword, newPassword = "Matrix-new-password-2026" },
            "createApiToken" => new { name = "Matrix portal", distributorId = distributor, expiresAt = Future, scopes = new[] { "READ" } },
            "revokeApiToken" => new { id = await TokenAsync(world, distributor) },
            "recomputeTiers" => new { policy = "china-mobile" },
            "overrideAccountTier" => new { accountId = side.Account, tierCode = "B1", reason = "matrix", expiresAt = Future },
            "clearTierOverride" => new { accountId = side.Account },
            "createTierPolicy" => new
            {
                key = "matrix-policy",
                name = "Matrix policy",
                isDefault = false,
                metrics = new[] { new { measure = "monthlyRevenue", label = "Revenue", weight = 1.0, normaliseAt = 1_000_000.0 } },
                tiers = new[] { new { code = "T1", name = "Top", minScore = 0.0, visitIntervalDays = 30, responseHours = 24, reviewIntervalDays = 90 } },
            },
            "updateTierPolicy" => new { id = world.Policy, version = await world.VersionAsync(world.Policy), name = "Stars, renamed" },
            "addContact" => new { accountId = side.Account, name = "Matrix Contact" },
            "updateContact" => new { id = side.Contact, version = await world.VersionAsync(side.Contact), title = "CIO" },
            "moveContact" => new { contactId = side.SecondContact, reportsToId = side.Contact },
            "removeContact" => new { contactId = side.SecondContact },
            "upsertRolePlan" => new { contactId = side.Contact, goal = "Win the renewal", frequencyDays = 14 },
            "logActivity" => new { accountId = side.Account, type = "CALL", occurredAt = "2026-11-20T08:00:00Z", summary = "Matrix call" },
            // A partner's view of a side has its channel deal as the deal: partners open channel deals.
            "createOpportunity" => side.Deal == side.ChannelDeal
                ? new { accountId = side.Account, name = "Matrix deal", amount = 10_000m, route = "CHANNEL", distributorId = (string?)distributor, ownerId = (string?)null }
                : new { accountId = side.Account, name = "Matrix deal", amount = 3_000_000m, route = "OUTSIDE", distributorId = (string?)null, ownerId = (string?)owner },
            "updateOpportunity" => new { id = side.Deal, version = await world.VersionAsync(side.Deal), amount = 777_777m },
            "moveOpportunityStage" => new { id = side.Deal, stageKey = "PROPOSE", version = await world.VersionAsync(side.Deal) },
            "closeOpportunity" => new { id = side.Deal, won = true, version = await world.VersionAsync(side.Deal) },
            "reopenOpportunity" => new { id = side.ClosedDeal, version = await world.VersionAsync(side.ClosedDeal) },
            "setOpportunitySplits" => new
            {
                opportunityId = side.Deal,
                version = await world.VersionAsync(side.Deal),
                splitType = "REVENUE",
                splits = new[] { new { userId = side.Owner, percent = 100m, role = "OWNER" } },
            },
            "setSalesTarget" => new { ownerId = side.Owner, period = "2027", amount = 1_000_000m },
            "createDistributor" => new { name = "Matrix Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" },
            "updateDistributor" => new { id = distributor, version = await world.VersionAsync(distributor), contactName = "Ms Chen" },
            "setDistributorStatus" => new { id = distributor, status = "SUSPENDED", version = await world.VersionAsync(distributor) },
            "assignDistributor" => new { accountId = world.Callers[AuthorizationWorld.InsideSales].Own!.Account, distributorId = distributor },
            "unassignDistributor" => new { accountId = side.Account, distributorId = distributor },
            "recordScorecard" => new
            {
                distributorId = distributor,
                period = "2026-Q3",
                salesAmount = 100m,
                target = 200m,
                coverageScore = 50.0,
                serviceScore = 50.0,
                paymentScore = 50.0,
            },
            "resolveConflict" => new { id = conflict, resolution = "Agreed with the partner", version = await world.VersionAsync(conflict) },
            "registerDeal" => new { distributorId = distributor, accountId = side.Account, amount = 5_000m, description = "Matrix claim" },
            "approveDealRegistration" => new { id = registration, version = await world.VersionAsync(registration) },
            "rejectDealRegistration" => new { id = registration, reason = "Not qualified", version = await world.VersionAsync(registration) },
            "openServiceCase" => new { accountId = side.Account, kind = "REQUEST", severity = "LOW", channel = "PHONE", subject = "Matrix case" },
            "acknowledgeServiceCase" => new { id = side.ServiceCase, version = await world.VersionAsync(side.ServiceCase) },
            "resolveServiceCase" => new { id = side.ServiceCase, version = await world.VersionAsync(side.ServiceCase), resolution = "Fixed" },
            "closeServiceCase" => new { id = side.ResolvedServiceCase, version = await world.VersionAsync(side.ResolvedServiceCase) },
            "reopenServiceCase" => new { id = side.ResolvedServiceCase, version = await world.VersionAsync(side.ResolvedServiceCase), reason = "Not fixed" },
            "recordSatisfaction" => new { accountId = side.Account, contactId = side.Contact, score = 90.0, channel = "VISIT" },
            "setSatisfactionTarget" => new { year = 2027, target = 95.0 },
            // The side's plan is this year's and ACTIVE.
            "createAccountPlan" => new { accountId = side.Account, year = 2027, needs = new[] { "Matrix need" } },
            "updateAccountPlan" => new { id = side.Plan, version = await world.VersionAsync(side.Plan), summary = "Matrix strategy" },
            "changeAccountPlanStatus" => new { id = side.Plan, version = await world.VersionAsync(side.Plan), status = "CLOSED" },
            "recordPlanReview" => new { planId = side.Plan, version = await world.VersionAsync(side.Plan), changes = "Matrix review" },
            // The caller names themselves: on a colleague's account that is joining its team uninvited.
            "addAccountTeamMember" => new { accountId = side.Account, userId = owner, role = "SOLUTION_ENGINEER" },
            "endAccountTeamMembership" => new { id = side.TeamMember, version = 1 },
            "setCoverageRule" => new { tierCode = "A1", allowedCoverage = new[] { "OUTSIDE", "INSIDE" }, requiredRoles = new[] { "OWNER" }, version = await RuleVersionAsync(world, "A1") },
            "createProduct" => new { code = "MATRIX-CREATED", name = "Matrix IoT", family = "IoT", listPrice = 500m },
            "updateProduct" => new { id = world.Product, version = await world.VersionAsync(world.Product), listPrice = 2_500m },
            // The side's account uses another product; this one it starts using.
            "addAccountProduct" => new { accountId = side.Account, productId = world.Product, monthlyValue = 800m },
            "endAccountProduct" => new { id = side.AccountProduct, version = 1, until = Future },
            // A month that has begun, whatever day the matrix runs (the world runs on the real clock).
            "takeKpiSnapshot" => new { },
            "recordRevenue" => new { accountId = side.Account, month = $"{GraphKamFactory.ClockStart:yyyy-MM}", revenue = 12_345m, itRevenue = 0m },
            "createContract" => new { accountId = side.Account, number = "MATRIX-NEW", value = 500_000m, startsOn = "2026-12-01T00:00:00Z", endsOn = Future },
            "updateContract" => new { id = side.Contract, version = await world.VersionAsync(side.Contract), value = 2_500_000m },
            // The side's contract is ACTIVE: renewing it opens a direct deal on the side's account.
            "renewContract" => new { contractId = side.Contract },
            _ => throw new ArgumentException($"No matrix case for {mutation}: add one here and a row in docs/authorization.md.", nameof(mutation)),
        };
    }

    private static async Task<int> RuleVersionAsync(AuthorizationWorld world, string tierCode)
    {
        var data = await world.Callers[AuthorizationWorld.Director].Client.DataAsync("{ coverageRules { tierCode version } }");
        return data.GetProperty("coverageRules").EnumerateArray()
            .Single(r => r.GetProperty("tierCode").GetString() == tierCode).GetProperty("version").GetInt32();
    }

    private static async Task<string> TokenAsync(AuthorizationWorld world, string distributor)
    {
        var data = await world.Callers[AuthorizationWorld.Director].Client.DataAsync(
            "query($d: ID) { apiTokens(distributorId: $d) { id } }", new { d = distributor });
        return data.GetProperty("apiTokens")[0].GetProperty("id").GetString()!;
    }
}
