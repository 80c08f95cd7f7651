using GraphKam.Server.Data;

namespace GraphKam.Server.Health;

/// <summary>One signal that lowered a score: which, by how many points, and what was found.</summary>
public sealed record HealthReason(HealthSignal Signal, int Weight, string Detail);

public static class HealthReasons
{
    /// <summary>
    /// The signals present in <paramref name="health"/>, heaviest first (equal weights in the order of the signals); their
    /// weights add up to 100 less the score.
    /// </summary>
    public static IReadOnlyList<HealthReason> Of(AccountHealth health, HealthOptions options)
    {
        var (weights, drop, period) = (options.Weights, options.SatisfactionDropPoints, options.SatisfactionPeriodDays);
        var reasons = new List<HealthReason>();
        void Add(bool present, HealthSignal signal, int weight, string detail)
        {
            if (present && weight > 0) reasons.Add(new HealthReason(signal, weight, detail));
        }
        Add(health.VisitOverdueDays > 0, HealthSignal.VisitOverdue, weights.VisitOverdue,
            $"The on-site visit is {Days(health.VisitOverdueDays)} overdue.");
        Add(health.ReviewOverdueDays > 0, HealthSignal.ReviewOverdue, weights.ReviewOverdue,
            $"The relationship review is {Days(health.ReviewOverdueDays)} overdue.");
        Add(health.OpenComplaints > 0, HealthSignal.OpenComplaints, weights.OpenComplaints,
            health.OpenComplaints == 1 ? "1 complaint is open." : $"{health.OpenComplaints} complaints are open.");
        Add(health.BreachedCases > 0, HealthSignal.SlaBreached, weights.SlaBreached,
            health.BreachedCases == 1 ? "1 open case missed its deadline." : $"{health.BreachedCases} open cases missed their deadline.");
        Add(health.OpposedContacts > 0, HealthSignal.OpposedDecisionMaker, weights.OpposedDecisionMaker,
            health.OpposedContacts == 1 ? "A decision maker or gatekeeper opposes us."
                : $"{health.OpposedContacts} decision makers or gatekeepers oppose us.");
        Add(health.SatisfactionBefore - health.SatisfactionNow >= drop, HealthSignal.SatisfactionDrop, weights.SatisfactionDrop,
            $"Satisfaction fell from {health.SatisfactionBefore:0.0} to {health.SatisfactionNow:0.0} (the last {period} days against the {period} before).");
        Add(health.LoyaltyFellTo != null, HealthSignal.LoyaltyFall, weights.LoyaltyFall,
            $"The loyalty stage fell from {Name(health.LoyaltyFellFrom)} to {Name(health.LoyaltyFellTo)}.");
        return [.. reasons.OrderByDescending(r => r.Weight).ThenBy(r => r.Signal)];
    }

    /// <summary>A stage as the schema spells it (REPEAT_PURCHASE).</summary>
    private static string Name(LoyaltyStage? stage) =>
        string.Concat((stage?.ToString() ?? "").Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{char.ToUpperInvariant(c)}"));

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
