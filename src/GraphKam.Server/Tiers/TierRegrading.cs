using GraphKam.Server.Accounts;
using GraphKam.Server.Data;

namespace GraphKam.Server.Tiers;

/// <summary>Any change may move an account's tiers: its metrics, measures and designation are what scoring reads.</summary>
public sealed class TierRegrading(TierGrader grader) : IAccountChangeHandler
{
    public Task AccountChangedAsync(MutationScope scope, int accountId, string reason) =>
        grader.RegradeAccountAsync(scope, accountId, reason);
}
