using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Distributors;

/// <summary>What a deal registration must hold, and the conflicts it raises when it is filed.</summary>
internal static class RegistrationRules
{
    public const int MaxDescriptionLength = 2000;
    public const int MaxReasonLength = 1000;

    public static List<MutationError> Validate(RegisterDealInput input, DateTime now)
    {
        var errors = new List<MutationError>();
        if (input.Amount <= 0) errors.Add(new OutOfRangeError("amount", 0.01, Money.MaxQuoted, (double)input.Amount));
        var description = input.Description.Trim();
        if (description.Length == 0) errors.Add(new RequiredValueError("description"));
        else if (description.Length > MaxDescriptionLength) errors.Add(new TooLongError("description", MaxDescriptionLength));
        if (input.ExpectedCloseDate is { } close && close.ToUniversalTime() <= now) errors.Add(new CloseDateInPastError(close));
        return errors;
    }

    /// <summary>
    /// DUPLICATE_REGISTRATION for each earlier claim on the account (not rejected) inside the protection window;
    /// TERRITORY_BREACH when the account lies outside the partner's territory; DIRECT_VS_CHANNEL for each open direct deal.
    /// Read past the caller's isolation: a partner filing a claim cannot see the deals and claims it clashes with, and
    /// the approver must still be warned (the partner reads the conflict in its own wording).
    /// </summary>
    public static async Task<List<Finding>> ConflictsAsync(MutationScope scope, DealRegistration registration, Distributor distributor,
        Account account, int protectionDays)
    {
        await using var wall = await PartnerWall.LiftAsync(scope.Db, scope.CancellationToken);
        var findings = new List<Finding>();
        var since = registration.RegisteredAt.AddDays(-protectionDays);
        var earlier = await scope.Db.DealRegistrations.IgnoreQueryFilters()
            .Where(r => r.AccountId == account.Id && r.Id != registration.Id && r.Status != RegistrationStatus.Rejected
                && r.RegisteredAt >= since && r.RegisteredAt <= registration.RegisteredAt)
            .Select(r => new { r.Id, r.DistributorId, Distributor = r.Distributor!.Name, r.RegisteredAt }).ToListAsync(scope.CancellationToken);
        findings.AddRange(earlier.Select(e => new Finding($"DUPLICATE_REGISTRATION:r{registration.Id}:r{e.Id}", ConflictKind.DuplicateRegistration,
            distributor.Id, e.DistributorId, account.Id, null,
            $"{account.Name} was already registered by {e.Distributor} on {e.RegisteredAt:yyyy-MM-dd}, inside the {protectionDays}-day protection window.")));
        if (!DistributorRules.Covers(distributor.Regions, distributor.Industries, account.Region, account.Industry))
            findings.Add(ConflictRules.Breach(distributor.Id, distributor.Name, account.Id, account.Name, account.Region, account.Industry, $":r{registration.Id}"));
        var direct = await scope.Db.Opportunities.IgnoreQueryFilters()
            .Where(o => o.AccountId == account.Id && o.Status == OpportunityStatus.Open && o.Route != SalesRoute.Channel)
            .Select(o => new { o.Id, o.Name, o.Route, o.Amount }).ToListAsync(scope.CancellationToken);
        findings.AddRange(direct.Select(o => new Finding($"DIRECT_VS_CHANNEL:r{registration.Id}:o{o.Id}", ConflictKind.DirectVsChannel, distributor.Id, null,
            account.Id, o.Id, $"{distributor.Name} registers a deal on {account.Name}, where {o.Route.ToString().ToLowerInvariant()} sales work '{o.Name}' ({ConflictRules.Yuan(o.Amount)}).")));
        return findings;
    }
}
