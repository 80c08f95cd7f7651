using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Accounts;

/// <summary><c>updateAccount</c>: a partial update guarded by the version the client read.</summary>
public static class UpdateAccount
{
    public static async Task<Payload> HandleAsync(UpdateAccountInput input, MutationScope scope, AccountChanges changes,
        DerivedFigures derived)
    {
        var (db, cancellationToken) = (scope.Db, scope.CancellationToken);
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, input.Id);
        if (account == null) return Payload.Failure(missing!);
        if (account.ArchivedAt != null) return Payload.Failure(new AccountArchivedError(input.Id));
        if (account.Version != input.Version) return Payload.Failure(new StaleVersionError(input.Version, account.Version));

        var errors = new List<MutationError>();
        var stageBefore = account.LoyaltyStage;
        if (input.Name.IsSet) account.Name = input.Name.Value?.Trim() ?? "";
        if (input.Region.IsSet) account.Region = input.Region.Value?.Trim() ?? "";
        input.Industry.AssignRequired("industry", v => account.Industry = v, errors);
        input.Scale.AssignRequired("scale", v => account.Scale = v, errors);
        input.Employees.AssignRequired("employees", v => account.Employees = v, errors);
        input.MonthlyRevenue.AssignRequired("monthlyRevenue", v => account.MonthlyRevenue = Money.Round(v), errors);
        input.MonthlyItRevenue.AssignRequired("monthlyItRevenue", v => account.MonthlyItRevenue = Money.Round(v), errors);
        input.ProductsInUse.AssignRequired("productsInUse", v => account.ProductsInUse = v, errors);
        input.Strategic.AssignRequired("strategic", v => account.Strategic = v, errors);
        input.Coverage.AssignRequired("coverage", v => account.Coverage = v, errors);
        input.LoyaltyStage.AssignRequired("loyaltyStage", v => account.LoyaltyStage = v, errors);
        if (input.Satisfaction.IsSet) account.Satisfaction = input.Satisfaction.Value;
        errors.AddRange(AccountRules.Validate(account));
        errors.AddRange(AccountMeasures.Validate(input.Measures));
        if (LoyaltyHistory.Validate(input.LoyaltyStageReason) is { } reasonError) errors.Add(reasonError);
        else if (!string.IsNullOrWhiteSpace(input.LoyaltyStageReason) && account.LoyaltyStage == stageBefore)
            errors.Add(new LoyaltyReasonWithoutChangeError());
        if (input.ParentId.IsSet && await AccountReferences.SetParentAsync(db, account, input.ParentId.Value, cancellationToken) is { } parentError)
            errors.Add(parentError);
        if (input.OwnerId.IsSet && await AccountReferences.SetOwnerAsync(db, account, input.OwnerId.Value, cancellationToken) is { } ownerError)
            errors.Add(ownerError);
        errors.AddRange(await derived.RefuseAsync(db, account.Id, SetFigures(input), cancellationToken));
        if (errors.Count > 0) return Payload.Failure(errors);

        await AccountMeasures.ApplyAsync(db, account, input.Measures, cancellationToken);
        account.UpdatedAt = scope.Now;
        if (account.LoyaltyStage != stageBefore)
            account.LoyaltyChanges.Add(LoyaltyHistory.Move(stageBefore, account.LoyaltyStage, input.LoyaltyStageReason, scope));
        var saved = await scope.SaveNextVersionAsync(account, input.Version);
        if (saved.Errors.Count == 0) await changes.NotifyAsync(scope, account.Id, "account changed");
        return saved;
    }

    private static HashSet<string> SetFigures(UpdateAccountInput input) =>
    [
        .. input.MonthlyRevenue.IsSet ? ["monthlyRevenue"] : Array.Empty<string>(),
        .. input.MonthlyItRevenue.IsSet ? ["monthlyItRevenue"] : Array.Empty<string>(),
        .. input.ProductsInUse.IsSet ? ["productsInUse"] : Array.Empty<string>(),
    ];
}
