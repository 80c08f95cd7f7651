using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Products;

/// <summary><c>GraphKam:Products</c> settings.</summary>
public sealed class ProductOptions
{
    /// <summary>How often the products in use are recounted as their dates fall due.</summary>
    public TimeSpan RecountInterval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// A product whose <c>since</c> or <c>until</c> lies ahead changes what an account uses when that instant comes, not when
/// it was recorded; <c>productsInUse</c> is stored (filters, sorts and grading read it), so this sweep writes the
/// change and regrades, as a mutation of the system's would.
/// </summary>
public sealed class ProductRecount(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ProductOptions> options,
    ILogger<ProductRecount> logger) : PeriodicSweep(clock, logger)
{
    protected override TimeSpan Interval => options.Value.RecountInterval;
    protected override string Failure => "Recounting the products accounts use failed";
    protected override bool LongTick => true;
    protected override Task TickAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>Recounts the accounts whose stored count no longer matches their rows; returns how many changed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var changes = scope.ServiceProvider.GetRequiredService<AccountChanges>();
        var recounted = await ClusterLocks.RunOnceAsync(scope.ServiceProvider, ClusterLocks.ProductRecount, async mutation =>
        {
            var stale = await StaleAsync(mutation.Db, mutation.Now, cancellationToken);
            foreach (var account in stale) await ProductsInUse.RecomputeAsync(mutation, account, changes);
            return stale.Count;
        }, cancellationToken);
        if (recounted > 0) Logger.LogInformation("Recounted the products in use of {Count} account(s).", recounted);
        return recounted;
    }

    /// <summary>The accounts with product rows whose stored count differs from what they use now (tracked).</summary>
    private static async Task<List<Account>> StaleAsync(GraphKamDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var inUse = await db.AccountProducts.Where(Periods.ActiveAt<AccountProduct>(now))
            .GroupBy(p => p.AccountId).Select(g => new { g.Key, Count = g.Select(p => p.ProductId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var recorded = await db.Accounts.Where(a => a.ArchivedAt == null && db.AccountProducts.Any(p => p.AccountId == a.Id))
            .Select(a => new { a.Id, a.ProductsInUse }).ToListAsync(cancellationToken);
        var stale = recorded.Where(a => a.ProductsInUse != inUse.GetValueOrDefault(a.Id)).Select(a => a.Id).ToList();
        return stale.Count == 0 ? [] : await db.Accounts.AsTracking().Where(a => stale.Contains(a.Id)).ToListAsync(cancellationToken);
    }
}
