using System.Linq.Expressions;

namespace GraphKam.Server.Data.Access;

/// <summary>Shorthands for write rules.</summary>
public static class Rule
{
    /// <summary>The same condition for existing and new rows.</summary>
    public static WriteRule<T> Rows<T>(Expression<Func<GraphKamDbContext, T, bool>> condition) where T : class =>
        new(condition, condition, new HashSet<string>(), null);

    /// <summary>
    /// Existing rows under one condition, new rows (and rows whose <paramref name="handOver"/> members change) under
    /// another: e.g. a deal may be worked by its owner, but created or handed over only on the caller's own accounts.
    /// </summary>
    public static WriteRule<T> Rows<T>(Expression<Func<GraphKamDbContext, T, bool>> existing,
        Expression<Func<GraphKamDbContext, T, bool>> create, params string[] handOver) where T : class =>
        new(existing, create, handOver.ToHashSet(), null);

    /// <summary>The rule, limited to changing these members of existing rows (bookkeeping members always may).</summary>
    public static WriteRule<T> Only<T>(this WriteRule<T> rule, params string[] fields) where T : class =>
        rule with { Fields = fields.Concat(["Version", "UpdatedAt"]).ToHashSet() };
}
