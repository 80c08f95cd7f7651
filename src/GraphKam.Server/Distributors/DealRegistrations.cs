using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Distributors;

/// <summary>
/// Deal registration (报备): a partner claims a deal, conflicts are flagged at once, and someone approves it (creating
/// the channel opportunity) or rejects it with a reason.
/// </summary>
public static class DealRegistrations
{
    public static async Task<Payload> RegisterAsync(RegisterDealInput input, MutationScope scope, RegistrationServices services)
    {
        var errors = new List<MutationError>();
        var (distributor, missing) = await scope.FindForChangeAsync<Distributor>(input.DistributorId, "Distributor", "distributorId", id => new DistributorNotFoundError(id));
        if (missing != null) errors.Add(missing);
        else if (distributor!.Status != DistributorStatus.Active) errors.Add(new DistributorNotActiveError(distributor.Status));
        Account? account = null;
        if ((input.AccountId == null) == (input.NewAccount == null)) errors.Add(new AccountChoiceError());
        else if (input.AccountId != null)
        {
            (account, var accountError) = await AccountLookup.ForChangeAsync(scope, input.AccountId, "accountId");
            if (accountError != null) errors.Add(accountError);
            else if (account!.ArchivedAt != null) errors.Add(new AccountArchivedError(input.AccountId));
        }
        errors.AddRange(RegistrationRules.Validate(input, scope.Now));
        if (errors.Count > 0) return Payload.Failure(errors);

        if (input.NewAccount is { } fresh)
        {
            // A prospect: no owner, no figures, served by the channel. Saved with the claim that brings it in, so that
            // a partner registering it may create it (and sees it from then on).
            var (prospect, invalid) = await CreateAccount.NewAsync(new CreateAccountInput(fresh.Name, fresh.Industry, fresh.Region,
                AccountScale.Sme, 0, 0, 0, 0, false, null, null, Data.Coverage.Channel, LoyaltyStage.Expectation, null, []), scope);
            if (invalid.Count > 0) return Payload.Failure(invalid);
            account = prospect;
        }
        var registration = new DealRegistration
        {
            DistributorId = distributor!.Id,
            Account = account!,
            Amount = Money.Round(input.Amount),
            ExpectedCloseDate = input.ExpectedCloseDate?.ToUniversalTime(),
            Description = input.Description.Trim(),
            RegisteredAt = scope.Now,
            RegisteredBy = scope.Actor,
            Version = 1,
        };
        scope.Db.DealRegistrations.Add(registration);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        if (input.NewAccount != null)
        {
            await services.AccountChanges.NotifyAsync(scope, account!.Id, "account created");
            // Saved after the registration that lets a partner see the prospect, with the conflicts below.
            var firstStage = LoyaltyHistory.Move(null, account.LoyaltyStage, "prospect registered with a deal", scope);
            firstStage.AccountId = account.Id;
            scope.Db.LoyaltyStageChanges.Add(firstStage);
        }
        var window = services.Options.Value.ProtectionDays;
        foreach (var finding in await RegistrationRules.ConflictsAsync(scope, registration, distributor, account!, window))
            scope.Db.ChannelConflicts.Add(ChannelConflicts.File(finding, scope.Now, registration.Id));
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        scope.Publish(DealRegistrationChanged.Topic, new DealRegistrationChanged(registration.Id, registration.DistributorId, RegistrationChangeKind.Registered));
        return Payload.Success(registration);
    }

    public static async Task<Payload> ApproveAsync(ApproveDealRegistrationInput input, MutationScope scope, RegistrationServices services)
    {
        var (registration, failure) = await PendingAsync(scope, input.Id, input.Version);
        if (registration == null) return failure!;
        var deal = new CreateOpportunityInput(GlobalId.Encode("Account", registration.AccountId), Headline(registration.Description), registration.Amount, "CNY",
            registration.ExpectedCloseDate, await FirstStageKeyAsync(scope), null, input.OwnerId, SalesRoute.Channel, [],
            GlobalId.Encode("Distributor", registration.DistributorId));
        var created = await OpportunityEditing.CreateAsync(deal, scope, services.Routing);
        if (created.Errors.Count > 0) return created;

        // The approved claim gives the partner the account, if it did not serve it yet.
        if (!await scope.Db.DistributorAssignments.AnyAsync(a => a.AccountId == registration.AccountId && a.DistributorId == registration.DistributorId, scope.CancellationToken))
            scope.Db.DistributorAssignments.Add(new DistributorAssignment
            {
                AccountId = registration.AccountId,
                DistributorId = registration.DistributorId,
                AssignedAt = scope.Now,
                AssignedBy = scope.Actor,
            });
        (registration.Status, registration.OpportunityId) = (RegistrationStatus.Approved, ((Opportunity)created.Value!).Id);
        (registration.DecidedAt, registration.DecidedBy) = (scope.Now, scope.Actor);
        var saved = await scope.SaveNextVersionAsync(registration, input.Version);
        if (saved.Errors.Count == 0) await ChannelConflicts.CheckAsync(scope, [registration.AccountId], [registration.DistributorId]);
        scope.Publish(DealRegistrationChanged.Topic, new DealRegistrationChanged(registration.Id, registration.DistributorId, RegistrationChangeKind.Approved));
        return saved;
    }

    public static async Task<Payload> RejectAsync(RejectDealRegistrationInput input, MutationScope scope)
    {
        var (registration, failure) = await PendingAsync(scope, input.Id, input.Version);
        if (registration == null) return failure!;
        var reason = input.Reason.Trim();
        if (reason.Length == 0) return Payload.Failure(new RequiredValueError("reason"));
        if (reason.Length > RegistrationRules.MaxReasonLength) return Payload.Failure(new TooLongError("reason", RegistrationRules.MaxReasonLength));

        (registration.Status, registration.RejectionReason) = (RegistrationStatus.Rejected, reason);
        (registration.DecidedAt, registration.DecidedBy) = (scope.Now, scope.Actor);
        var saved = await scope.SaveNextVersionAsync(registration, input.Version);
        if (saved.Errors.Count == 0) await ChannelConflicts.ClearForRegistrationAsync(scope, registration.Id);
        scope.Publish(DealRegistrationChanged.Topic, new DealRegistrationChanged(registration.Id, registration.DistributorId, RegistrationChangeKind.Rejected));
        return saved;
    }

    private static async Task<(DealRegistration?, Payload?)> PendingAsync(MutationScope scope, string id, int version)
    {
        var (registration, error) = await scope.FindAtVersionAsync<DealRegistration>(id, "DealRegistration", "id", version, found => new RegistrationNotFoundError(found));
        if (registration == null) return (null, Payload.Failure(error!));
        if (registration.Status != RegistrationStatus.Pending) return (null, Payload.Failure(new RegistrationNotPendingError(registration.Status)));
        return (registration, null);
    }

    private static Task<string> FirstStageKeyAsync(MutationScope scope) =>
        scope.Db.FunnelStages.Where(s => !s.IsClosed).OrderBy(s => s.Order).Select(s => s.Key).FirstAsync(scope.CancellationToken);

    /// <summary>The opportunity's name: the description's first line, cut to fit.</summary>
    private static string Headline(string description)
    {
        var line = description.Split('\n', 2)[0].Trim();
        return line.Length <= FunnelRules.MaxNameLength ? line : line[..(FunnelRules.MaxNameLength - 1)] + "…";
    }
}

/// <summary>What registering and approving a deal needs beside the scope.</summary>
public sealed record RegistrationServices(IOptions<ChannelOptions> Options, AccountChanges AccountChanges, DealRouting Routing);
