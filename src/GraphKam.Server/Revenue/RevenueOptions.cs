namespace GraphKam.Server.Revenue;

/// <summary><c>GraphKam:Revenue</c> settings.</summary>
public sealed class RevenueOptions
{
    /// <summary>
    /// How many months, ending with the latest recorded one, an account's <c>monthlyRevenue</c> averages: 1 is the
    /// latest month's figure; 3 smooths a quarter's lumpy billing.
    /// </summary>
    public int TrailingMonths { get; set; } = 1;
}
