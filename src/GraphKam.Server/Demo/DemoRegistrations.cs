using GraphKam.Server.Data;
using GraphKam.Server.Distributors;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Demo;

/// <summary>
/// Demo deal registrations once the demo data is stored: approved ones behind recent channel deals, rejected ones,
/// and pending ones (two of them inside another partner's protection window); then every conflict rule is run, so the
/// conflict list starts with the real situations in the data.
/// </summary>
internal static class DemoRegistrations
{
    public static async Task AddAsync(MutationScope scope, ChannelOptions options)
    {
        var (db, now, cancellationToken) = (scope.Db, scope.Now, scope.CancellationToken);
        var random = new Random(DemoData.RandomSeed + 5);
        var recentDeals = await db.Opportunities.Where(o => o.DistributorId != null && o.CreatedAt >= now.AddDays(-180))
            .OrderBy(o => o.Id).Take(15).ToListAsync(cancellationToken);
        foreach (var deal in recentDeals)
            db.DealRegistrations.Add(new DealRegistration
            {
                DistributorId = deal.DistributorId!.Value,
                AccountId = deal.AccountId,
                Amount = deal.Amount,
                ExpectedCloseDate = deal.ExpectedCloseDate,
                Description = deal.Name,
                Status = RegistrationStatus.Approved,
                OpportunityId = deal.Id,
                RegisteredAt = deal.CreatedAt.AddDays(-3),
                RegisteredBy = "system",
                DecidedAt = deal.CreatedAt,
                DecidedBy = "system",
                Version = 2,
            });

        var served = await db.DistributorAssignments.Where(a => a.Distributor!.Status == DistributorStatus.Active && a.Account!.ArchivedAt == null)
            .OrderBy(a => a.AccountId).ThenBy(a => a.DistributorId).ToListAsync(cancellationToken);
        var partners = await db.Distributors.Where(d => d.Status == DistributorStatus.Active).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken);
        var pending = new List<DealRegistration>();
        for (var i = 0; i < 12; i++)
        {
            var assignment = served[random.Next(served.Count)];
            var rejected = i >= 8;
            var registration = new DealRegistration
            {
                DistributorId = assignment.DistributorId,
                AccountId = assignment.AccountId,
                Amount = random.Next(20, 800) * 1000m,
                ExpectedCloseDate = now.Date.AddDays(random.Next(30, 180)),
                Description = "新增终端与专线 New terminals and private lines",
                RegisteredAt = now.AddDays(rejected ? -random.Next(40, 100) : -random.Next(2, 30)),
                RegisteredBy = "system",
                Version = 1,
            };
            if (rejected) (registration.Status, registration.RejectionReason, registration.DecidedAt, registration.DecidedBy, registration.Version) =
                (RegistrationStatus.Rejected, "直销团队已在跟进 Our direct team already works this account", registration.RegisteredAt.AddDays(2), "system", 2);
            else pending.Add(registration);
            db.DealRegistrations.Add(registration);
            // Two claims by another partner on the same account a few days later: inside the protection window.
            if (i < 2)
            {
                var rival = new DealRegistration
                {
                    DistributorId = partners.First(p => p != assignment.DistributorId),
                    AccountId = assignment.AccountId,
                    Amount = registration.Amount,
                    ExpectedCloseDate = registration.ExpectedCloseDate,
                    Description = "同一项目 The same project",
                    RegisteredAt = registration.RegisteredAt.AddDays(1),
                    RegisteredBy = "system",
                    Version = 1,
                };
                pending.Add(rival);
                db.DealRegistrations.Add(rival);
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        var window = options.ProtectionDays;
        foreach (var registration in pending.OrderBy(r => r.RegisteredAt))
        {
            var distributor = await db.Distributors.FirstAsync(d => d.Id == registration.DistributorId, cancellationToken);
            var account = await db.Accounts.FirstAsync(a => a.Id == registration.AccountId, cancellationToken);
            foreach (var finding in await RegistrationRules.ConflictsAsync(scope, registration, distributor, account, window))
                db.ChannelConflicts.Add(ChannelConflicts.File(finding, registration.RegisteredAt, registration.Id));
        }
        await db.SaveChangesAsync(cancellationToken);
        await ChannelConflicts.CheckAsync(scope, await db.Accounts.Select(a => a.Id).ToListAsync(cancellationToken), partners);
    }
}
