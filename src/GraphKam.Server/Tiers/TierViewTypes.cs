using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Tiers;

public sealed class TierBucketType : ObjectType<TierBucket>
{
    public TierBucketType()
    {
        Name = "TierBucket";
        Description = "One tier's share of the accounts and of their monthly revenue.";
        Field<NonNullGraphType<TierType>>("tier").Description("The tier.").Resolve(c => c.Source.Tier);
        Field(b => b.AccountCount).Description("How many active accounts are in the tier.");
        Field(b => b.AccountShare).Description("The tier's share of the accounts, from 0 to 1.");
        Field(b => b.Revenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Their total monthly revenue, in yuan.");
        Field(b => b.Share).Description("The tier's share of the total monthly revenue, from 0 to 1.");
    }
}

public sealed class RevenueConcentrationType : ObjectType<RevenueConcentration>
{
    public RevenueConcentrationType()
    {
        Name = "RevenueConcentration";
        Description = "What share of the revenue the top accounts bring (about 80 % from the top 20 %, as the rule goes).";
        Field(r => r.TopPercent).Description("The top share asked for, in percent.");
        Field(r => r.AccountCount).Description("How many accounts make the top (rounded up).");
        Field(r => r.TotalAccounts).Description("How many accounts there are in all.");
        Field(r => r.AccountShare).Description("The top accounts' share of all accounts, from 0 to 1.");
        Field(r => r.Revenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("The top accounts' monthly revenue, in yuan.");
        Field(r => r.TotalRevenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("All accounts' monthly revenue, in yuan.");
        Field(r => r.RevenueShare).Description("The top accounts' share of the revenue, from 0 to 1.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierBucketType>>>>("tiers")
            .Description("The top accounts by tier of the policy.").Resolve(c => c.Source.Tiers);
        this.AddConnection<RevenueConcentration, Account, AccountType, AccountFilterInput, AccountSortInput>("accounts",
            "top accounts, biggest revenue first", (c, db) => db.Set<Account>().Where(c.Source.IsTop),
            new ConnectionOptions<Account>
            {
                DefaultOrder = [SortValue.By<Account, decimal>(a => a.MonthlyRevenue, SortDirection.Desc)],
                ConnectionName = "AccountsConnection",
            });
    }
}
