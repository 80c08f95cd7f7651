using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Kpis;

public sealed class KpiGroupingType : EnumType<KpiGrouping>;

public sealed class KpiSnapshotType : ObjectType<KpiSnapshot>
{
    public KpiSnapshotType()
    {
        Name = "KpiSnapshot";
        Description = "A tier policy's key-account figures of one month, as they stood when taken (staff only).";
        Field<NonNullGraphType<StringGraphType>>("month").Description("The month, e.g. 2026-11.").Resolve(c => SalesMonth.Format(c.Source.Month));
        Field<NonNullGraphType<StringGraphType>>("policyKey").Description("The tier policy.")
            .Resolve(c => c.LoadById<TierPolicy>(c.Source.PolicyId).Then(p => p?.Key));
        Field(s => s.TakenAt).Description("When it was taken (UTC); a later take in the month replaces it.");
        Field<NonNullGraphType<StringGraphType>>("takenBy").Description("Who took it (`system` for the monthly job).").ResolveActor(s => s.TakenBy);
        Field(s => s.Accounts).Description("Active accounts graded in the policy.");
        Field(s => s.KeyAccounts).Description("Active accounts in the key tiers (those with a dedicated manager).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiTierFigureType>>>>("tiers").Description("Accounts and revenue per tier, best first.")
            .Resolve(c => c.Source.Tiers);
        Field(s => s.KeyAccountRevenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("The key accounts' monthly revenue, in yuan.");
        Field(s => s.CompanyRevenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Every active account's monthly revenue, in yuan.");
        Field<FloatGraphType>("keyAccountRevenueShare").Description("Key-account revenue ÷ company revenue; null when the company's is 0.")
            .Resolve(c => c.Source.CompanyRevenue == 0 ? null : (double)(c.Source.KeyAccountRevenue / c.Source.CompanyRevenue));
        Field(s => s.Satisfaction, nullable: true).Description("Mean satisfaction (0–100) of the key accounts that have a figure.");
        Field(s => s.WinRate, nullable: true).Description("Of the deals closed in the month, the share won; null when none closed.");
        Field(s => s.Pipeline, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Open deals' amount when taken, in yuan.");
        Field(s => s.Won, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Won in the month, in yuan.");
        Field(s => s.Target, type: typeof(DecimalGraphType)).Description("The month's company sales target, in yuan; null without one.");
        Field(s => s.ForecastAttainment, nullable: true).Description("Forecast (won + commit) ÷ target, as in `forecast`; null without a target.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierMigrationCellType>>>>("migrations")
            .Description("Moves between tiers from the start of the month to when it was taken (stays included).").Resolve(c => c.Source.Migrations);
    }
}

public sealed class KpiTierFigureType : ObjectType<KpiTierFigure>
{
    public KpiTierFigureType()
    {
        Name = "KpiTierFigure";
        Description = "One tier's accounts and their monthly revenue.";
        Field(f => f.TierCode).Description("The tier.");
        Field(f => f.Accounts).Description("Active accounts in it.");
        Field(f => f.Revenue, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Their monthly revenue, in yuan.");
    }
}

public sealed class TierMigrationCellType : ObjectType<TierMigrationCell>
{
    public TierMigrationCellType()
    {
        Name = "TierMigrationCell";
        Description = "How many accounts went from one tier to another (the same tier: stayed).";
        Field(c => c.FromTier, nullable: true).Description("The tier they were in; null for accounts not yet graded then.");
        Field(c => c.ToTier).Description("The tier they are in.");
        Field(c => c.Accounts).Description("How many.");
    }
}

/// <summary>A from–to matrix of tier moves between two months.</summary>
public sealed record TierMigrationMatrix(string From, string To, IReadOnlyList<string> Tiers, IReadOnlyList<TierMigrationCell> Cells);

public sealed class TierMigrationMatrixType : ObjectType<TierMigrationMatrix>
{
    public TierMigrationMatrixType()
    {
        Name = "TierMigrationMatrix";
        Description = "Accounts by their tier at the end of one month (rows) and at the end of another (columns).";
        Field(m => m.From).Description("The first month.");
        Field(m => m.To).Description("The second month (the current one ends now).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tiers").Description("The policy's tiers, best first.")
            .Resolve(c => c.Source.Tiers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierMigrationCellType>>>>("cells")
            .Description("The non-empty cells; `fromTier` null for accounts graded after the first month.").Resolve(c => c.Source.Cells);
    }
}
