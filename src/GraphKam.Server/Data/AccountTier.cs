using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>
/// An account's current grade in one policy, stored so that filtering and sorting by tier is SQL.
/// <see cref="TierCode"/> is the tier in force: a manual override while it lasts, else the computed tier.
/// </summary>
public sealed class AccountTier : IEntity
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int PolicyId { get; set; }
    public TierPolicy? Policy { get; set; }
    public double Score { get; set; }
    public required string TierCode { get; set; }
    public int TierRank { get; set; }

    /// <summary>The in-force tier's visit interval, kept here so that service compliance is computed in SQL.</summary>
    public int VisitIntervalDays { get; set; }

    /// <summary>The in-force tier's review interval, kept here for the same reason; 0 on rows graded before it was kept.</summary>
    public int ReviewIntervalDays { get; set; }

    /// <summary>Whether the in-force tier promises a dedicated account manager (kept here for the same reason).</summary>
    public bool DedicatedManager { get; set; }
    public required string ComputedTierCode { get; set; }
    public string? OverrideTierCode { get; set; }
    public string? OverrideReason { get; set; }
    public DateTime? OverrideExpiresAt { get; set; }
    public string? OverrideSetBy { get; set; }
    public DateTime? OverrideSetAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
