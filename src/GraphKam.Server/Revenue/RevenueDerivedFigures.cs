using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Revenue;

/// <summary>An account with a recorded month has its revenue figures from its history (see <see cref="RevenueFigures"/>).</summary>
public sealed class RevenueDerivedFigures : IDerivedFigureSource
{
    public IReadOnlyList<string> Fields { get; } = ["monthlyRevenue", "monthlyItRevenue"];

    public string Instead => "record the month with recordRevenue";

    public Task<bool> DerivesAsync(GraphKamDbContext db, int accountId, CancellationToken cancellationToken) =>
        db.RevenueRecords.AnyAsync(r => r.AccountId == accountId, cancellationToken);
}
