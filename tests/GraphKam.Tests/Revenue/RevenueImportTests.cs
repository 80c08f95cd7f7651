using System.Net;
using static GraphKam.Tests.Imports.ImportCalls;

namespace GraphKam.Tests.Revenue;

/// <summary>Months of revenue from a file: checked as <c>recordRevenue</c> checks them, written all or nothing.</summary>
public sealed class RevenueImportTests : RevenueTestBase
{
    private string File(params string[] rows) =>
        "accountId,month,revenue,itRevenue\n" + string.Join("\n", rows.Select(r => r.Replace("BANK", Known.Id("alpha beta Bank"))));

    [Fact]
    public async Task Bad_months_are_reported_by_row_and_a_clean_file_regrades_the_account()
    {
        var before = await AccountAsync("alpha beta Bank");
        var bad = File("BANK,2026-10,800000,90000.05", "BANK,2026-13,1,0", "BANK,2027-01,1,0", "BANK,2026-11,-3,0", "nobody,2026-11,1,0");
        var (status, report) = await ImportAsync(Client, "revenueRecords?dryRun=true", bad);
        Assert.Equal(HttpStatusCode.OK, status);
        var errors = Errors(report);
        Assert.Contains((3, "month", "INVALID_MONTH"), errors);
        Assert.Contains((4, "month", "MONTH_IN_FUTURE"), errors);
        Assert.Contains((5, "revenue", "OUT_OF_RANGE"), errors);
        Assert.Contains(errors, e => e.Row == 6);
        Assert.DoesNotContain(errors, e => e.Row == 2);
        Assert.Equal(before, await AccountAsync("alpha beta Bank"));

        var (written, clean) = await ImportAsync(Client, "revenueRecords", File("BANK,2026-10,800000,90000.05", "BANK,2026-11,100000,90000.05"));
        Assert.Equal(HttpStatusCode.OK, written);
        Assert.True(clean.GetProperty("written").GetBoolean());
        // As recordRevenue: November's 100,000 is the account's figure now, and it grades B1 (see RevenueHistoryTests).
        var after = await AccountAsync("alpha beta Bank");
        Assert.Equal((100_000m, "B1"), (after.Revenue, after.Tier));
    }
}
