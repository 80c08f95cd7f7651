namespace GraphKam.Server.Distributors;

/// <summary>Channel settings, from <c>GraphKam:Channel</c>.</summary>
public sealed class ChannelOptions
{
    /// <summary>How long a deal registration protects its account from a second registration.</summary>
    public int ProtectionDays { get; set; } = 90;

    /// <summary>How much each score counts toward a scorecard's overall score (they need not add up to 1).</summary>
    public ScorecardWeights ScorecardWeights { get; set; } = new();
}

public sealed class ScorecardWeights
{
    public double Sales { get; set; } = 0.4;
    public double Coverage { get; set; } = 0.2;
    public double Service { get; set; } = 0.2;
    public double Payment { get; set; } = 0.2;

    public bool AreValid => Sales >= 0 && Coverage >= 0 && Service >= 0 && Payment >= 0 && Sales + Coverage + Service + Payment > 0;
}
