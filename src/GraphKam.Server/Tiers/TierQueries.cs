using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Setup;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Tiers;

public sealed class TierQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierPolicyType>>>>("tierPolicies")
            .Description("Every tier policy, the default first.")
            .ResolveAsync(async c => await c.ReadAsync(db => db.TierPolicies.OrderByDescending(p => p.IsDefault).ThenBy(p => p.Key).ToListAsync(c.CancellationToken)));

        query.Field<TierPolicyType>("tierPolicy")
            .Description("One tier policy by key; the default policy when no key is given.")
            .Argument<StringGraphType>("key", "The policy's key.")
            .ResolveAsync(async c => await c.ReadAsync(db => TierPolicies.FindAsync(db.TierPolicies, c.GetArgument<string?>("key"), c.CancellationToken)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierBucketType>>>>("tierDistribution")
            .Description("How many active accounts, and what share of monthly revenue, each tier of a policy holds; best tier first.")
            .Argument<StringGraphType>("policy", "The policy's key; the default policy when omitted.")
            .Argument<AccountFilterInput>("where", "Only these accounts (e.g. one region).")
            .ScanCost(AnalyticCosts.TierDistribution)
            .ResolveAsync(async c => await c.ReadAsync(async db =>
                await TierViews.DistributionAsync(db, await Policy(c, db), Selected(c), c.CancellationToken)));

        query.Field<NonNullGraphType<RevenueConcentrationType>>("revenueConcentration")
            .Description("The 80/20 view: what share of monthly revenue the top `topPercent` % of active accounts bring.")
            .Argument<StringGraphType>("policy", "The policy whose tiers the top accounts are broken down by; the default policy when omitted.")
            .Argument<NonNullGraphType<FloatGraphType>>("topPercent", "The top share of accounts, by revenue, in percent.", a => a.DefaultValue = 20.0)
            .Argument<AccountFilterInput>("where", "Only these accounts (e.g. one industry).")
            .ScanCost(AnalyticCosts.RevenueConcentration)
            .ResolveAsync(async c => await c.ReadAsync(async db =>
                await TierViews.ConcentrationAsync(db, await Policy(c, db), c.GetArgument<double>("topPercent"), Selected(c), c.CancellationToken)));
    }

    private static async Task<TierPolicy> Policy(IResolveFieldContext context, GraphKamDbContext db)
    {
        var key = context.GetArgument<string?>("policy");
        return await TierPolicies.FindAsync(db.TierPolicies, key, context.CancellationToken) ?? throw TierPolicies.NotFound(key);
    }

    /// <summary>The active accounts the client's <c>where</c> selects.</summary>
    private static System.Linq.Expressions.Expression<Func<Account, bool>> Selected(IResolveFieldContext context) =>
        TierViews.Active(context.GetArgument<FilterValue?>("where")?.ToPredicate<Account>());
}
