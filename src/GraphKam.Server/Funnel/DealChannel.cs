using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Funnel;

/// <summary>
/// What the funnel asks of the sales channel: which partner serves an account (for routing), which partner works a
/// channel deal, and what to re-check when deals change (channel conflicts). The distributors area answers; without
/// it every deal is a direct one (<see cref="DirectSalesOnly"/>).
/// </summary>
public interface IDealChannel
{
    /// <summary>The errors <see cref="AssignAsync"/> may report, for the unions of the mutations that call it.</summary>
    IReadOnlyList<Type> Errors { get; }

    /// <summary>The partner that serves the account, if any: a small deal there is routed to the channel.</summary>
    Task<int?> ServingPartnerAsync(MutationScope scope, int accountId);

    /// <summary>Sets who works the deal (the partner given, or the account's partner for a channel deal), or why not.</summary>
    Task<MutationError?> AssignAsync(MutationScope scope, Opportunity opportunity, string? distributorId);

    /// <summary>After deals of the account were saved (opened, closed, re-routed).</summary>
    Task DealsChangedAsync(MutationScope scope, int accountId);
}

/// <summary>No channel: no partner serves any account, and no deal may name one.</summary>
public sealed class DirectSalesOnly : IDealChannel
{
    public IReadOnlyList<Type> Errors { get; } = [typeof(InvalidIdError)];

    public Task<int?> ServingPartnerAsync(MutationScope scope, int accountId) => Task.FromResult<int?>(null);

    public Task<MutationError?> AssignAsync(MutationScope scope, Opportunity opportunity, string? distributorId)
    {
        opportunity.DistributorId = null;
        return Task.FromResult<MutationError?>(distributorId == null ? null : new InvalidIdError("distributorId", distributorId, "Distributor"));
    }

    public Task DealsChangedAsync(MutationScope scope, int accountId) => Task.CompletedTask;
}

/// <summary>
/// Whatever else follows when a deal closes or reopens (a contract renewed by its renewal deal): areas register one,
/// and each runs in the mutation's transaction after the deal was saved.
/// </summary>
public interface IDealOutcomeFollower
{
    Task FollowAsync(MutationScope scope, Opportunity opportunity);
}

/// <summary>
/// Another area's say on who may work a deal (a contract's renewal stays with the company's own sales), asked when a
/// deal is routed anew: its error refuses the change.
/// </summary>
public interface IDealRouteRule
{
    /// <summary>The errors <see cref="CheckAsync"/> may report, for the unions of the mutations that call it.</summary>
    IReadOnlyList<Type> Errors { get; }

    /// <summary>Why the deal may not be worked as it is now routed (route and partner set), or null.</summary>
    Task<MutationError?> CheckAsync(MutationScope scope, Opportunity opportunity);
}

/// <summary>
/// What creating and changing a deal needs beside the scope: the routing threshold, the channel, and what follows a
/// deal's close or reopening.
/// </summary>
public sealed class DealRouting(IOptions<FunnelOptions> options, IDealChannel channel, IEnumerable<IDealOutcomeFollower> followers,
    IEnumerable<IDealRouteRule> routeRules)
{
    public decimal LargeDealThreshold => options.Value.LargeDealThreshold;
    public IDealChannel Channel => channel;

    /// <summary>Why the deal, routed anew, may not be worked so (another area's rule), or null.</summary>
    public async Task<MutationError?> CheckRouteAsync(MutationScope scope, Opportunity opportunity)
    {
        foreach (var rule in routeRules)
            if (await rule.CheckAsync(scope, opportunity) is { } refused) return refused;
        return null;
    }

    /// <summary>After a successful save, lets the channel re-check the account (a deal opened, closed or changed route).</summary>
    public async Task<Payload> ThenDealsChangedAsync(Task<Payload> saving, MutationScope scope, int accountId)
    {
        var saved = await saving;
        if (saved.Errors.Count == 0) await channel.DealsChangedAsync(scope, accountId);
        return saved;
    }

    /// <summary>After a successful close or reopening: the channel re-checks the account, and the followers follow.</summary>
    public async Task<Payload> ThenOutcomeChangedAsync(Task<Payload> saving, MutationScope scope, Opportunity opportunity)
    {
        var saved = await ThenDealsChangedAsync(saving, scope, opportunity.AccountId);
        if (saved.Errors.Count == 0) foreach (var follower in followers) await follower.FollowAsync(scope, opportunity);
        return saved;
    }
}
