using GraphKam.Server.Data;

namespace GraphKam.Server.Health;

/// <summary><c>GraphKam:Health</c> settings: what each signal costs an account's health score, and the bands.</summary>
public sealed class HealthOptions
{
    public HealthWeights Weights { get; set; } = new();

    /// <summary>A score at or above this is HEALTHY.</summary>
    public int HealthyFrom { get; set; } = 75;

    /// <summary>A score below this is AT_RISK (between the two: WATCH).</summary>
    public int AtRiskBelow { get; set; } = 50;

    /// <summary>Satisfaction compares the mean of the last this many days with the same number of days before.</summary>
    public int SatisfactionPeriodDays { get; set; } = 90;

    /// <summary>A fall of at least this many points between the two periods is a signal.</summary>
    public double SatisfactionDropPoints { get; set; } = 5;

    /// <summary>A fall of the loyalty stage counts for this many days.</summary>
    public int LoyaltyFallDays { get; set; } = 180;

    /// <summary>How often the health watch looks for accounts that changed band.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The problems bounded in <see cref="HealthArea"/>'s validation, as one sentence; null when valid.</summary>
    public string? Problem() =>
        Weights.All().Any(w => w.Weight is < 0 or > 100) ? "GraphKam:Health:Weights:* must each be from 0 to 100."
        : !(AtRiskBelow >= 0 && AtRiskBelow <= HealthyFrom && HealthyFrom <= 100)
            ? "GraphKam:Health needs 0 <= AtRiskBelow <= HealthyFrom <= 100."
        : SatisfactionPeriodDays is < 7 or > 730 || LoyaltyFallDays is < 1 or > 3650
            ? "GraphKam:Health:SatisfactionPeriodDays must be from 7 to 730 and LoyaltyFallDays from 1 to 3650."
        : SatisfactionDropPoints is <= 0 or > 100 ? "GraphKam:Health:SatisfactionDropPoints must be above 0 and at most 100."
        : SweepInterval < TimeSpan.FromSeconds(1) || SweepInterval > TimeSpan.FromDays(1)
            ? "GraphKam:Health:SweepInterval must be from 00:00:01 to 1.00:00:00."
        : null;

    public HealthBand BandOf(int score) => score < AtRiskBelow ? HealthBand.AtRisk : score < HealthyFrom ? HealthBand.Watch : HealthBand.Healthy;
}

/// <summary>Points each signal takes off a score of 100 when it is present (whatever its size, so a score explains itself).</summary>
public sealed class HealthWeights
{
    public int VisitOverdue { get; set; } = 15;
    public int ReviewOverdue { get; set; } = 10;
    public int OpenComplaints { get; set; } = 15;
    public int SlaBreached { get; set; } = 20;
    public int SatisfactionDrop { get; set; } = 15;
    public int OpposedDecisionMaker { get; set; } = 15;
    public int LoyaltyFall { get; set; } = 10;

    public IEnumerable<(HealthSignal Signal, int Weight)> All() =>
    [
        (HealthSignal.VisitOverdue, VisitOverdue), (HealthSignal.ReviewOverdue, ReviewOverdue),
        (HealthSignal.OpenComplaints, OpenComplaints), (HealthSignal.SlaBreached, SlaBreached),
        (HealthSignal.SatisfactionDrop, SatisfactionDrop), (HealthSignal.OpposedDecisionMaker, OpposedDecisionMaker),
        (HealthSignal.LoyaltyFall, LoyaltyFall),
    ];
}
