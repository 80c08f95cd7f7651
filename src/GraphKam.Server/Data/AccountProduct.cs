using System.Linq.Expressions;

namespace GraphKam.Server.Data;

/// <summary>
/// A product an account uses, for a time, at a monthly value. Rows are never deleted: ending one sets
/// <see cref="Until"/>, so the account's product history stays.
/// </summary>
public sealed class AccountProduct : IVersioned
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

    /// <summary>The rows in use at an instant: started, and not yet ended.</summary>
    public static Expression<Func<AccountProduct, bool>> InUseAt(DateTime instant) =>
        p => p.Since <= instant && (p.Until == null || p.Until > instant);

    /// <summary>
    /// The account's rows of a product that share some instant with [since, until). An empty one (ended at its start)
    /// shares none.
    /// </summary>
    public static Expression<Func<AccountProduct, bool>> Overlapping(int accountId, int productId, DateTime since,
        DateTime? until) =>
        p => p.AccountId == accountId && p.ProductId == productId && (p.Until == null || p.Until > p.Since)
            && (p.Until == null || p.Until > since) && (until == null || p.Since < until);
}
