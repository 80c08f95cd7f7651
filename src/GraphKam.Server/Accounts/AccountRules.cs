using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Accounts;

/// <summary>The rules an account's values must satisfy, whoever changes them; plain functions, tested directly.</summary>
public static class AccountRules
{
    public static List<MutationError> Validate(Account account)
    {
        var errors = new List<MutationError>();
        if (string.IsNullOrWhiteSpace(account.Name)) errors.Add(new EmptyNameError());
        else if (account.Name.Length > AccountConfiguration.MaxNameLength) errors.Add(new TooLongError("name", AccountConfiguration.MaxNameLength));
        if (string.IsNullOrWhiteSpace(account.Region)) errors.Add(new RequiredValueError("region"));
        else if (account.Region.Length > AccountConfiguration.MaxRegionLength) errors.Add(new TooLongError("region", AccountConfiguration.MaxRegionLength));
        if (account.Employees < 0) errors.Add(new NegativeMetricError("employees", account.Employees));
        if (account.MonthlyRevenue < 0) errors.Add(new NegativeMetricError("monthlyRevenue", account.MonthlyRevenue));
        if (account.MonthlyItRevenue < 0) errors.Add(new NegativeMetricError("monthlyItRevenue", account.MonthlyItRevenue));
        if (account.ProductsInUse < 0) errors.Add(new NegativeMetricError("productsInUse", account.ProductsInUse));
        if (account.Satisfaction is { } satisfaction && !(satisfaction is >= 0 and <= 100)) errors.Add(new SatisfactionOutOfRangeError(satisfaction));
        return errors;
    }

    /// <summary>
    /// Whether making <paramref name="newParentId"/> the parent of <paramref name="accountId"/> would loop:
    /// the new parent is the account itself or has it among its ancestors (<paramref name="ancestorsOfNewParent"/>).
    /// </summary>
    public static bool FormsCycle(int accountId, int newParentId, IReadOnlyCollection<int> ancestorsOfNewParent) =>
        newParentId == accountId || ancestorsOfNewParent.Contains(accountId);
}
