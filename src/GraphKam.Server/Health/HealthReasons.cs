using GraphKam.Server.Data;

namespace GraphKam.Server.Health;

/// <summary>One signal that lowered a score: which, by how many points, and what was found.</summary>
public sealed record HealthReason(HealthSignal Signal, int Weight, string Detail);

public static class HealthReasons
{
    /// <summary>The signals present in <paramref name="health"/>, heaviest first; their weights add up to 100 less the score.</summary>
    public static IReadOnlyList<HealthReason> Of(AccountHealth health, HealthWeights weights)
    {
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
        return [.. reasons.OrderByDescending(r => r.Weight).ThenBy(r => r.Signal)];
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
