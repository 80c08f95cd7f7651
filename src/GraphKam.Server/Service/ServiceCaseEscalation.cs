using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Service;

/// <summary>
/// Escalates each case once per missed deadline: unanswered past its response deadline, unresolved past its
/// resolution deadline. The escalation is stamped on the case, recorded in its history and published. Runs on the
/// injected clock, so tests can move time.
/// </summary>
public sealed class ServiceCaseEscalation(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ServiceOptions> options,
    ITopicBus bus, ILogger<ServiceCaseEscalation> logger) : PeriodicSweep(clock, logger)
{
    protected override TimeSpan Interval => options.Value.EscalationSweepInterval;
    protected override string Failure => "Escalating service cases failed";
    protected override Task TickAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>Escalates every case that missed a deadline since the last sweep; returns how many escalations there were.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>()
            .CreateDbContextAsync(cancellationToken);
        var now = Clock.GetUtcNow().UtcDateTime;
        var unanswered = await db.ServiceCases.Where(c => c.FirstResponseAt == null && c.ResponseEscalatedAt == null && c.RespondBy <= now)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        var unresolved = await db.ServiceCases.Where(c => c.ResolvedAt == null && c.ResolutionEscalatedAt == null && c.ResolveBy <= now)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        if (unanswered.Count + unresolved.Count == 0) return 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var escalated = new List<ServiceCaseChanged>();
        foreach (var id in unanswered)
        {
            // Stamped only if still unstamped and unanswered: a concurrent sweep or answer wins, and nothing is escalated twice.
            var rows = await db.ServiceCases.Where(c => c.Id == id && c.FirstResponseAt == null && c.ResponseEscalatedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.ResponseEscalatedAt, now), cancellationToken);
            if (rows == 1) escalated.Add(await RecordAsync(db, id, c => $"not answered by {c.RespondBy:u}", now, cancellationToken));
        }
        foreach (var id in unresolved)
        {
            var rows = await db.ServiceCases.Where(c => c.Id == id && c.ResolvedAt == null && c.ResolutionEscalatedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.ResolutionEscalatedAt, now), cancellationToken);
            if (rows == 1) escalated.Add(await RecordAsync(db, id, c => $"not resolved by {c.ResolveBy:u}", now, cancellationToken));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var message in escalated) await bus.PublishAsync(ServiceCaseChanged.Topic, message, cancellationToken);
        if (escalated.Count > 0) Logger.LogInformation("Escalated {Count} missed service deadline(s).", escalated.Count);
        return escalated.Count;
    }

    /// <summary>Adds the escalation to the case's history; the event to publish once committed.</summary>
    private static async Task<ServiceCaseChanged> RecordAsync(GraphKamDbContext db, int id, Func<ServiceCase, string> note,
        DateTime now, CancellationToken cancellationToken)
    {
        var serviceCase = await db.ServiceCases.AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken);
        db.ServiceCaseChanges.Add(new ServiceCaseChange
        {
            CaseId = id,
            Kind = ServiceCaseChangeKind.Escalated,
            ToStatus = serviceCase.Status,
            Note = note(serviceCase),
            ChangedAt = now,
            ChangedBy = CurrentActor.System,
        });
        return new ServiceCaseChanged(id, serviceCase.AccountId, ServiceCaseChangeKind.Escalated, null);
    }
}
