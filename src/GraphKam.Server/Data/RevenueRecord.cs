namespace GraphKam.Server.Data;

/// <summary>
/// What an account brought in one month, as billed: imported from billing or recorded by hand. One row per account and
/// month; recording a month again replaces its figures.
/// </summary>
public sealed class RevenueRecord : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }

    /// <summary>The month as a number that subtracts (<see cref="Common.SalesMonth"/>): 2026-11 is 2026 × 12 + 10.</summary>
    public int Month { get; set; }

    /// <summary>Revenue in the month, in yuan (stored in fen).</summary>
    public decimal Revenue { get; set; }

    /// <summary>Informatisation (IT-services) revenue in the month, in yuan.</summary>
    public decimal ItRevenue { get; set; }

    public DateTime RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
    public int Version { get; set; }
}
