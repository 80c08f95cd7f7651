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
    ITopicBus bus, ILogger<ServiceCaseEscalation> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EscalationSweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await SweepAsync(stoppingToken); }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Escalating service cases failed; retrying at the next tick.");
            }
        }
    }

    /// <summary>Escalates every case that missed a deadline since the last sweep; returns how many escalations there were.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>()
            .CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<ServiceCase>().AsTracking()
            .Where(c => (c.FirstResponseAt == null && c.ResponseEscalatedAt == null && c.RespondBy <= now)
                || (c.ResolvedAt == null && c.ResolutionEscalatedAt == null && c.ResolveBy <= now))
            .ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;
        var escalations = 0;
        foreach (var serviceCase in due)
        {
            if (serviceCase.FirstResponseAt == null && serviceCase.ResponseEscalatedAt == null && serviceCase.RespondBy <= now)
            {
                serviceCase.ResponseEscalatedAt = now;
                Record(db, serviceCase, $"not answered by {serviceCase.RespondBy:u}", now);
                escalations++;
            }
            if (serviceCase.ResolvedAt == null && serviceCase.ResolutionEscalatedAt == null && serviceCase.ResolveBy <= now)
            {
                serviceCase.ResolutionEscalatedAt = now;
                Record(db, serviceCase, $"not resolved by {serviceCase.ResolveBy:u}", now);
                escalations++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var serviceCase in due)
            await bus.PublishAsync(ServiceCaseChanged.Topic,
                new ServiceCaseChanged(serviceCase.Id, serviceCase.AccountId, ServiceCaseChangeKind.Escalated, null), cancellationToken);
        logger.LogInformation("Escalated {Count} missed service deadline(s).", escalations);
        return escalations;
    }

    private static void Record(GraphKamDbContext db, ServiceCase serviceCase, string note, DateTime now) =>
        db.Add(new ServiceCaseChange
        {
            CaseId = serviceCase.Id,
            Kind = ServiceCaseChangeKind.Escalated,
            ToStatus = serviceCase.Status,
            Note = note,
            ChangedAt = now,
            ChangedBy = CurrentActor.System,
        });
}
