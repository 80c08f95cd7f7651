using System.ComponentModel;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Tiers;

[Description("The deal's amount is more than what remains of the account's credit line; the deal was saved all the same.")]
public sealed record CreditLineExceededWarning(
    [property: Description("The account's tier in the default policy.")] string TierCode,
    [property: Description("The tier's credit limit, in yuan.")] decimal Limit,
    [property: Description("What remained of the line before this deal (the limit less the account's other open deals), in yuan.")]
    decimal Remaining,
    [property: Description("The deal's amount, in yuan.")] decimal Amount)
    : MutationError("CREDIT_LINE_EXCEEDED",
        $"The deal's amount {Amount:0.##} is more than the {Remaining:0.##} yuan that remain of the account's credit line "
        + $"({Limit:0.##} yuan, tier {TierCode}).");

/// <summary>The credit-line check of the deal mutations: a warning, never a refusal.</summary>
public static class CreditLineWarnings
{
    /// <summary>The warnings the deal mutations declare.</summary>
    public static readonly Type[] Types = [typeof(CreditLineExceededWarning)];

    /// <summary>
    /// A warning when an open deal's amount is more than what remains of its account's line (its other open deals
    /// taken off). Partners are not told: the credit line is the company's own term with the customer.
    /// </summary>
    public static async Task<IReadOnlyList<MutationError>> CheckAsync(MutationScope scope, Opportunity deal)
    {
        if (scope.Db.PartnerId != null || deal.Status != OpportunityStatus.Open) return [];
        var lines = await CreditLines.ForAsync(scope.Db, [deal.AccountId], deal.Id == 0 ? null : deal.Id, scope.CancellationToken);
        return lines.TryGetValue(deal.AccountId, out var line) && deal.Amount > line.Remaining
            ? [new CreditLineExceededWarning(line.TierCode, line.Limit, line.Remaining, deal.Amount)]
            : [];
    }
}
