using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Tiers;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

/// <summary><c>createOpportunity</c> and <c>updateOpportunity</c>.</summary>
public static class OpportunityEditing
{
    public static async Task<Payload> CreateAsync(CreateOpportunityInput input, MutationScope scope, DealRouting routing)
    {
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, input.AccountId, "accountId");
        if (account == null) return Payload.Failure(missing!);
        if (account.ArchivedAt != null) return Payload.Failure(new AccountArchivedError(input.AccountId));
        var stage = await OpportunityReferences.StageAsync(scope, input.StageKey);
        if (stage == null) return Payload.Failure(new StageNotFoundError(input.StageKey));
        if (stage.IsClosed) return Payload.Failure(new ClosingStageError(stage.Key));

        var amount = Money.Round(input.Amount);
        var threshold = routing.LargeDealThreshold;
        var served = await routing.Channel.ServingPartnerAsync(scope, account.Id) != null;
        var opportunity = new Opportunity
        {
            Name = input.Name.Trim(),
            AccountId = account.Id,
            Amount = amount,
            Currency = input.Currency.Trim().ToUpperInvariant(),
            ExpectedCloseDate = input.ExpectedCloseDate?.ToUniversalTime(),
            StageId = stage.Id,
            Probability = input.Probability ?? stage.DefaultProbability,
            OwnerId = account.OwnerId,
            Route = input.Route ?? (input.DistributorId != null ? SalesRoute.Channel : FunnelRules.Route(amount, threshold, served)),
            StageEnteredAt = scope.Now,
            FurthestStageOrder = stage.Order,
            CreatedAt = scope.Now,
            Version = 1,
        };
        var errors = FunnelRules.Validate(opportunity);
        if (input.OwnerId != null && await OpportunityReferences.SetOwnerAsync(scope, opportunity, input.OwnerId) is { } ownerError) errors.Add(ownerError);
        errors.AddRange(await OpportunityReferences.SetContactsAsync(scope, opportunity, input.ContactRoles));
        if (await routing.Channel.AssignAsync(scope, opportunity, input.DistributorId) is { } distributorError) errors.Add(distributorError);
        if (errors.Count > 0) return Payload.Failure(errors);

        opportunity.WeightedAmount = FunnelRules.Weighted(opportunity.Amount, opportunity.Probability);
        opportunity.StageChanges.Add(new StageChange { ToStageId = stage.Id, ChangedAt = scope.Now, ChangedBy = scope.Actor, Note = "created" });
        scope.Db.Opportunities.Add(opportunity);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        await routing.Channel.DealsChangedAsync(scope, account.Id);
        scope.Publish(OpportunityChanged.Topic, new OpportunityChanged(opportunity.Id, OpportunityChangeKind.Created, null));
        return Payload.Success(opportunity).WithWarnings(await CreditLineWarnings.CheckAsync(scope, opportunity));
    }

    public static async Task<Payload> UpdateAsync(UpdateOpportunityInput input, MutationScope scope, DealRouting routing)
    {
        var (opportunity, failure) = await OpportunityLookup.OpenForChangeAsync(scope, input.Id, input.Version);
        if (opportunity == null) return failure!;
        var errors = new List<MutationError>();
        if (input.Name.IsSet) opportunity.Name = input.Name.Value?.Trim() ?? "";
        if (input.Amount.IsSet) { if (input.Amount.Value is { } amount) opportunity.Amount = Money.Round(amount); else errors.Add(new RequiredValueError("amount")); }
        if (input.Currency.IsSet) opportunity.Currency = input.Currency.Value?.Trim().ToUpperInvariant() ?? "";
        if (input.ExpectedCloseDate.IsSet) opportunity.ExpectedCloseDate = input.ExpectedCloseDate.Value?.ToUniversalTime();
        if (input.Route.IsSet) { if (input.Route.Value is { } route) opportunity.Route = route; else errors.Add(new RequiredValueError("route")); }
        if (input.Probability.IsSet)
            opportunity.Probability = input.Probability.Value
                ?? (await scope.Db.FunnelStages.Where(s => s.Id == opportunity.StageId).Select(s => s.DefaultProbability).FirstAsync(scope.CancellationToken));
        errors.AddRange(FunnelRules.Validate(opportunity));
        if (input.OwnerId.IsSet && await OpportunityReferences.SetOwnerAsync(scope, opportunity, input.OwnerId.Value) is { } ownerError) errors.Add(ownerError);
        if (input.ContactRoles != null) errors.AddRange(await OpportunityReferences.SetContactsAsync(scope, opportunity, input.ContactRoles));
        if (input.Route.IsSet || input.DistributorId.IsSet)
        {
            if (await routing.Channel.AssignAsync(scope, opportunity, input.DistributorId.Value) is { } distributorError) errors.Add(distributorError);
            else if (await routing.CheckRouteAsync(scope, opportunity) is { } routeError) errors.Add(routeError);
        }
        if (errors.Count > 0) return Payload.Failure(errors);

        opportunity.WeightedAmount = FunnelRules.Weighted(opportunity.Amount, opportunity.Probability);
        // Judged before the save, against the account's other open deals: only a change of amount is checked.
        var warnings = input.Amount.IsSet ? await CreditLineWarnings.CheckAsync(scope, opportunity) : [];
        scope.Publish(OpportunityChanged.Topic, new OpportunityChanged(opportunity.Id, OpportunityChangeKind.Updated, null));
        var saved = await routing.ThenDealsChangedAsync(OpportunityLookup.SaveAsync(scope, opportunity, input.Version), scope, opportunity.AccountId);
        return saved.WithWarnings(warnings);
    }
}

internal static class OpportunityLookup
{
    /// <summary>
    /// The opportunity at the version the client read, or why it cannot be changed; <paramref name="field"/> is the input
    /// field holding its ID, which a malformed ID's error names.
    /// </summary>
    public static async Task<(Opportunity?, Payload?)> ForChangeAsync(MutationScope scope, string id, int version, string field = "id")
    {
        var (opportunity, error) = await scope.FindAtVersionAsync<Opportunity>(id, "Opportunity", field, version, found => new OpportunityNotFoundError(found));
        return (opportunity, error == null ? null : Payload.Failure(error));
    }

    /// <summary>As <see cref="ForChangeAsync"/>, for changes only an open opportunity takes.</summary>
    public static async Task<(Opportunity?, Payload?)> OpenForChangeAsync(MutationScope scope, string id, int version, string field = "id")
    {
        var (opportunity, failure) = await ForChangeAsync(scope, id, version, field);
        if (opportunity is { Status: not OpportunityStatus.Open }) return (null, Payload.Failure(new OpportunityClosedError(opportunity.Status)));
        return (opportunity, failure);
    }

    public static Task<Payload> SaveAsync(MutationScope scope, Opportunity opportunity, int givenVersion) =>
        scope.SaveNextVersionAsync(opportunity, givenVersion);
}
