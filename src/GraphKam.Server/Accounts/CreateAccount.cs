using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Accounts;

/// <summary><c>createAccount</c>: validates everything, reports every problem at once, and saves only a valid account.</summary>
public static class CreateAccount
{
    public static async Task<Payload> HandleAsync(CreateAccountInput input, MutationScope scope, AccountChanges changes)
    {
        var (account, errors) = await NewAsync(input, scope);
        if (errors.Count > 0) return Payload.Failure(errors);
        // Staff may only create their own accounts, so one they open without naming an owner is theirs.
        account.OwnerId ??= scope.Db.StaffPersonId;
        account.LoyaltyChanges.Add(LoyaltyHistory.Move(null, account.LoyaltyStage, input.LoyaltyStageReason, scope));
        scope.Db.Accounts.Add(account);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        await changes.NotifyAsync(scope, account.Id, "account created");
        return Payload.Success(account);
    }

    /// <summary>
    /// The account the input describes, with its measures, parent and owner, not yet saved (so that a deal registration
    /// can save it together with the claim that brings it in); or every problem with the input.
    /// </summary>
    public static async Task<(Account Account, List<MutationError> Errors)> NewAsync(CreateAccountInput input, MutationScope scope)
    {
        var (db, now, cancellationToken) = (scope.Db, scope.Now, scope.CancellationToken);
        var account = new Account
        {
            Name = input.Name.Trim(),
            Industry = input.Industry,
            Region = input.Region.Trim(),
            Scale = input.Scale,
            Employees = input.Employees,
            MonthlyRevenue = Money.Round(input.MonthlyRevenue),
            MonthlyItRevenue = Money.Round(input.MonthlyItRevenue),
            ProductsInUse = input.ProductsInUse,
            Strategic = input.Strategic,
            Coverage = input.Coverage,
            LoyaltyStage = input.LoyaltyStage,
            Satisfaction = input.Satisfaction,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        var errors = AccountRules.Validate(account);
        errors.AddRange(AccountMeasures.Validate(input.Measures));
        if (LoyaltyHistory.Validate(input.LoyaltyStageReason) is { } reasonError) errors.Add(reasonError);
        if (await AccountReferences.SetParentAsync(db, account, input.ParentId, cancellationToken) is { } parentError) errors.Add(parentError);
        if (await AccountReferences.SetOwnerAsync(db, account, input.OwnerId, cancellationToken) is { } ownerError) errors.Add(ownerError);
        if (errors.Count == 0) await AccountMeasures.ApplyAsync(db, account, input.Measures, cancellationToken);
        return (account, errors);
    }
}
