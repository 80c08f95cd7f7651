using System.Linq.Expressions;

namespace GraphKam.Server.Data;

/// <summary>A row that holds for a time: from <see cref="Since"/> up to the first instant of <see cref="Until"/>.</summary>
public interface IPeriod
{
    DateTime Since { get; }

    /// <summary>Null while it lasts.</summary>
    DateTime? Until { get; }
}

/// <summary>
/// The two questions asked of dated rows (team memberships, the products an account uses), answered once, in SQL.
/// </summary>
public static class Periods
{
    /// <summary>The rows in force at an instant: started, and not yet ended.</summary>
    public static Expression<Func<T, bool>> ActiveAt<T>(DateTime instant) where T : class, IPeriod =>
        p => p.Since <= instant && (p.Until == null || p.Until > instant);

    /// <summary>
    /// The rows that share some instant with [since, until). An empty one (ended at its start: withdrawn before it
    /// began) shares none, so it stands in the way of nothing.
    /// </summary>
    public static Expression<Func<T, bool>> Overlapping<T>(DateTime since, DateTime? until) where T : class, IPeriod =>
        p => (p.Until == null || p.Until > p.Since) && (p.Until == null || p.Until > since) && (until == null || p.Since < until);
}
