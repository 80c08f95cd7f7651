using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphKam.Server.Tiers;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

/// <summary>
/// <c>moveOpportunityStage</c>, <c>closeOpportunity</c>, <c>reopenOpportunity</c>: every change of stage adds a
/// <see cref="StageChange"/> to the same save, inside the mutation's transaction, so history and state never disagree.
/// </summary>
public static class StageMoves
{
    public static async Task<Payload> MoveAsync(MoveOpportunityStageInput input, MutationScope scope)
    {
        var (opportunity, failure) = await OpportunityLookup.ForChangeAsync(scope, input.Id, input.Version);
        if (opportunity == null) return failure!;
        var stage = await OpportunityReferences.StageAsync(scope, input.StageKey);
        if (stage == null) return Payload.Failure(new StageNotFoundError(input.StageKey));
        if (FunnelRules.CheckMove(opportunity, stage) is { } error) return Payload.Failure(error);
        if (stage.Id == opportunity.StageId) return Payload.Success(opportunity); // already there: nothing changes
        await EnterAsync(scope, opportunity, stage, input.Note, OpportunityChangeKind.StageChanged);
        return await OpportunityLookup.SaveAsync(scope, opportunity, input.Version);
    }

    public static async Task<Payload> CloseAsync(CloseOpportunityInput input, MutationScope scope, DealRouting routing)
    {
        var (opportunity, failure) = await OpportunityLookup.ForChangeAsync(scope, input.Id, input.Version);
        if (opportunity == null) return failure!;
        if (FunnelRules.CheckClose(opportunity, input.Won, input.LossReason) is { } error) return Payload.Failure(error);
        var stage = await scope.Db.FunnelStages.AsNoTracking().FirstAsync(s => s.IsClosed && s.IsWon == input.Won, scope.CancellationToken);
        await EnterAsync(scope, opportunity, stage, input.Note ?? (input.Won ? "won" : $"lost: {input.LossReason!.Trim()}"), OpportunityChangeKind.Closed);
        opportunity.Status = input.Won ? OpportunityStatus.Won : OpportunityStatus.Lost;
        opportunity.LossReason = input.Won ? null : input.LossReason!.Trim();
        opportunity.ClosedAt = scope.Now;
        return await routing.ThenOutcomeChangedAsync(OpportunityLookup.SaveAsync(scope, opportunity, input.Version), scope, opportunity);
    }

    public static async Task<Payload> ReopenAsync(ReopenOpportunityInput input, MutationScope scope, DealRouting routing)
    {
        var (opportunity, failure) = await OpportunityLookup.ForChangeAsync(scope, input.Id, input.Version);
        if (opportunity == null) return failure!;
        if (opportunity.Status == OpportunityStatus.Open) return Payload.Failure(new OpportunityNotClosedError());
        FunnelStage? stage;
        if (input.StageKey != null)
        {
            stage = await OpportunityReferences.StageAsync(scope, input.StageKey);
            if (stage == null) return Payload.Failure(new StageNotFoundError(input.StageKey));
            if (stage.IsClosed) return Payload.Failure(new ClosingStageError(stage.Key));
        }
        else
        {
            // The stage it was closed from: where the last change into a closing stage came from.
            var from = await scope.Db.StageChanges.Where(c => c.OpportunityId == opportunity.Id && c.ToStage!.IsClosed)
                .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Select(c => c.FromStageId).FirstOrDefaultAsync(scope.CancellationToken);
            stage = await scope.Db.FunnelStages.AsNoTracking().Where(s => s.Id == from && !s.IsClosed).FirstOrDefaultAsync(scope.CancellationToken)
                ?? await scope.Db.FunnelStages.AsNoTracking().Where(s => !s.IsClosed).OrderBy(s => s.Order).FirstAsync(scope.CancellationToken);
        }
        await EnterAsync(scope, opportunity, stage, input.Note ?? "reopened", OpportunityChangeKind.StageChanged);
        opportunity.Status = OpportunityStatus.Open;
        opportunity.LossReason = null;
        opportunity.ClosedAt = null;
        // Open again, the deal takes from the account's credit line once more.
        var warnings = await CreditLineWarnings.CheckAsync(scope, opportunity);
        var saved = await routing.ThenOutcomeChangedAsync(OpportunityLookup.SaveAsync(scope, opportunity, input.Version), scope, opportunity);
        return saved.WithWarnings(warnings);
    }

    /// <summary>
    /// The opportunity enters <paramref name="stage"/>: it leaves its current stage in the history, gets a new history
    /// entry, the stage's probability, the clock of days in stage restarted, and its furthest stage moved on.
    /// </summary>
    private static async Task EnterAsync(MutationScope scope, Opportunity opportunity, FunnelStage stage, string? note, OpportunityChangeKind kind)
    {
        scope.Publish(OpportunityChanged.Topic, new OpportunityChanged(opportunity.Id, kind, opportunity.StageId));
        // Runs at once but inside the mutation's transaction: it is undone with everything else if the save fails.
        await scope.Db.StageChanges.Where(c => c.OpportunityId == opportunity.Id && c.LeftAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LeftAt, scope.Now), scope.CancellationToken);
        scope.Db.StageChanges.Add(new StageChange
        {
            OpportunityId = opportunity.Id,
            FromStageId = opportunity.StageId,
            ToStageId = stage.Id,
            ChangedAt = scope.Now,
            ChangedBy = scope.Actor,
            Note = note?.Trim(),
        });
        opportunity.StageId = stage.Id;
        opportunity.Probability = stage.DefaultProbability;
        opportunity.WeightedAmount = FunnelRules.Weighted(opportunity.Amount, stage.DefaultProbability);
        opportunity.StageEnteredAt = scope.Now;
        opportunity.FurthestStageOrder = FunnelRules.Furthest(opportunity.FurthestStageOrder, stage);
    }
}
