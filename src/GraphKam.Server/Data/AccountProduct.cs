namespace GraphKam.Server.Data;

/// <summary>
/// A product an account uses, for a time, at a monthly value. Rows are never deleted: ending one sets
/// <see cref="Until"/>, so the account's product history stays.
/// </summary>
public sealed class AccountProduct : IVersioned, IPeriod
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }

    /// <summary>From when the account uses it (UTC).</summary>
    public DateTime Since { get; set; }

    /// <summary>The first instant it no longer uses it (UTC); null while in use.</summary>
    public DateTime? Until { get; set; }

    /// <summary>What the account pays for it per month, in yuan (stored in fen).</summary>
    public decimal MonthlyValue { get; set; }

    public string AddedBy { get; set; } = "";
    public string? EndedBy { get; set; }
    public int Version { get; set; }
}
