using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Demo;

/// <summary>
/// Two years of monthly revenue for every active demo account, ending with the current month, whose figures are the
/// account's own: the latest month is exactly its <see cref="Account.MonthlyRevenue"/> and
/// <see cref="Account.MonthlyItRevenue"/> (accounts follow their latest month, so tiers stay where they were). Earlier
/// months go back along the account's yearly growth (−10 % to +25 %) with the year's shape and a little noise. A
/// random sequence of its own keeps every other demo figure as it was.
/// </summary>
public static class DemoRevenue
{
    public const int Months = 24;

    /// <summary>
    /// The year's shape, January first: the Chinese New Year dip in January and February, quarter-end billing in March,
    /// June and September, the National Day week in October, the year-end peak in December.
    /// </summary>
    public static readonly double[] Season = [0.90, 0.80, 1.05, 0.97, 0.98, 1.06, 0.96, 0.95, 1.07, 0.93, 1.00, 1.22];

    public static List<RevenueRecord> Records(IEnumerable<Account> accounts, DateTime now)
    {
        var random = new Random(DemoData.RandomSeed + 21);
        var current = SalesMonth.Of(now);
        var records = new List<RevenueRecord>();
        foreach (var account in accounts.Where(a => a.ArchivedAt == null))
        {
            var growth = -0.10 + random.NextDouble() * 0.35;
            var itShare = account.MonthlyRevenue == 0 ? 0 : (double)(account.MonthlyItRevenue / account.MonthlyRevenue);
            for (var back = Months - 1; back >= 0; back--)
            {
                var month = current - back;
                var noise = 1 + (random.NextDouble() - 0.5) * 0.06; // ±3 %
                var (revenue, itRevenue) = back == 0
                    ? (account.MonthlyRevenue, account.MonthlyItRevenue)
                    : Figures(account.MonthlyRevenue, itShare, Factor(growth, month, current) * noise, random);
                records.Add(new RevenueRecord
                {
                    Account = account,
                    Month = month,
                    Revenue = revenue,
                    ItRevenue = itRevenue,
                    RecordedAt = RecordedAt(month, now),
                    RecordedBy = "demo",
                    Version = 1,
                });
            }
        }
        return records;
    }

    /// <summary>A month's revenue relative to the current month's: back along the growth, then the season's shape.</summary>
    public static double Factor(double yearlyGrowth, int month, int current) =>
        Math.Pow(1 + yearlyGrowth, (month - current) / 12.0) * Season[month % 12] / Season[current % 12];

    private static (decimal Revenue, decimal ItRevenue) Figures(decimal latest, double itShare, double factor, Random random)
    {
        var revenue = Money.Round(latest * (decimal)factor);
        // IT services move a little on their own: the share wanders a few points around the account's.
        var share = Math.Clamp(itShare * (1 + (random.NextDouble() - 0.5) * 0.2), 0, 1);
        return (revenue, Money.Round(revenue * (decimal)share));
    }

    /// <summary>Billed on the 5th of the month after (the current month: as of now, still open).</summary>
    private static DateTime RecordedAt(int month, DateTime now)
    {
        var billed = SalesMonth.Start(month + 1).AddDays(4).AddHours(9);
        return billed < now ? billed : now;
    }
}
