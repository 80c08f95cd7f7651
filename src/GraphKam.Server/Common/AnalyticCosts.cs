namespace GraphKam.Server.Common;

/// <summary>
/// The declared cost of each analytic field (see <c>FieldCost.ScanCost</c>): about the rows it reads per thousand
/// active accounts and their deals, so that one pass over the accounts costs 1,000 and a pass over the stage history,
/// five rows a deal, 5,000. Under the default <c>MaxComplexity</c> of 100,000 a request may ask for a dashboard's
/// worth of analytics, not hundreds.
/// </summary>
public static class AnalyticCosts
{
    /// <summary>Every selected deal and its stage history (conversion per stage).</summary>
    public const double Funnel = 5_000;

    /// <summary>Every account's revenue records of the months asked (two years: 24 rows an account), summed by month.</summary>
    public const double RevenueTrend = 2_000;

    /// <summary>Every active account and its tier history at two instants.</summary>
    public const double TierMigration = 2_000;

    /// <summary>A KPI snapshot taken live (tiers, deals, forecast), the tier history twice and the year's won deals.</summary>
    public const double AnnualReview = 8_000;

    /// <summary>Every selected deal, grouped with its account or owner.</summary>
    public const double Pipeline = 2_000;

    /// <summary>Every selected deal of the period, and the period's targets.</summary>
    public const double Forecast = 2_000;

    /// <summary>Every active account and its tier.</summary>
    public const double TierDistribution = 1_000;

    /// <summary>Every active account, ranked by revenue, then its tiers.</summary>
    public const double RevenueConcentration = 2_000;

    /// <summary>Every active account and its visits (the last visit per account).</summary>
    public const double OverdueAccounts = 2_000;

    /// <summary>Every active account with its visits, reviews and open cases, once per kind of exception.</summary>
    public const double ServiceExceptions = 8_000;

    /// <summary>
    /// Every active account with its service status, complaints, org chart, surveys and loyalty moves: measured at
    /// 300–500 ms on the demo data, so a request holds at most four of them.
    /// </summary>
    public const double AtRiskAccounts = 24_000;

    /// <summary>The selected accounts' loyalty-stage changes of a period, grouped by move.</summary>
    public const double LoyaltyTransitions = 1_000;

    /// <summary>Every survey of the window or the year, grouped by month (the organisation's satisfaction).</summary>
    public const double SatisfactionOverview = 2_000;

    /// <summary>The quarter's scorecards, ranked.</summary>
    public const double DistributorRanking = 1_000;

    /// <summary>The reps, and every active account they own or are on the team of, with its tier.</summary>
    public const double SalesCapacity = 1_000;

    /// <summary>The reps, and the period's activities grouped by owner.</summary>
    public const double ActivityAttainment = 1_000;
}
