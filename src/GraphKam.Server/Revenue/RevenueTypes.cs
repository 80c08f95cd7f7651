using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Revenue;

public sealed class RevenueRecordType : ObjectType<RevenueRecord>
{
    public RevenueRecordType()
    {
        Name = "RevenueRecord";
        Description = "What an account brought in one month, as billed (the company's own record: not for partners).";
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field<NonNullGraphType<StringGraphType>>("month").Description("The month, e.g. 2026-10.").Resolve(c => SalesMonth.Format(c.Source.Month));
        Field(r => r.Revenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Revenue in the month, in yuan.");
        Field(r => r.ItRevenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("IT-services revenue in the month, in yuan.");
        Field(r => r.RecordedAt).Description("When it was last recorded (UTC).");
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("Who last recorded it.").ResolveActor(r => r.RecordedBy);
        Field(r => r.Version).Description("How many times the month was recorded.");
    }
}

public sealed class RevenueMonthType : ObjectType<RevenueMonth>
{
    public RevenueMonthType()
    {
        Name = "RevenueMonth";
        Description = "One month of an account's revenue history, compared with the month before and the year before.";
        Field<NonNullGraphType<StringGraphType>>("month").Description("The month, e.g. 2026-10.").Resolve(c => SalesMonth.Format(c.Source.Month));
        Field(m => m.Revenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Revenue in the month, in yuan.");
        Field(m => m.ItRevenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("IT-services revenue in the month, in yuan.");
        Field(m => m.MonthOverMonth, nullable: true)
            .Description("Growth on the month before as a fraction (0.05 is +5 %); null when that month was not recorded or was 0.");
        Field(m => m.YearOverYear, nullable: true)
            .Description("Growth on the same month a year before as a fraction; null when that month was not recorded or was 0.");
    }
}

public sealed class RevenueTrendMonthType : ObjectType<RevenueTrendMonth>
{
    public RevenueTrendMonthType()
    {
        Name = "RevenueTrendMonth";
        Description = "The company's revenue in one month: every account's record summed.";
        Field<NonNullGraphType<StringGraphType>>("month").Description("The month, e.g. 2026-10.").Resolve(c => SalesMonth.Format(c.Source.Month));
        Field(m => m.Revenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Revenue of all accounts in the month, in yuan.");
        Field(m => m.ItRevenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("IT-services revenue of all accounts, in yuan.");
        Field(m => m.Accounts).Description("How many accounts have a record for the month.");
        Field(m => m.MonthOverMonth, nullable: true).Description("Growth on the month before as a fraction; null when not comparable.");
        Field(m => m.YearOverYear, nullable: true).Description("Growth on the same month a year before as a fraction; null when not comparable.");
    }
}
