namespace GraphKam.Server.Data;

/// <summary>
/// A tier policy (分层分级): how accounts are scored and graded, as data. Its metrics, tiers and override rules are
/// read and written whole, so they are stored as JSON columns; the tiers accounts hold are in <see cref="AccountTier"/>.
/// </summary>
public sealed class TierPolicy : IVersioned
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public bool IsDefault { get; set; }
    public List<TierMetric> Metrics { get; set; } = [];
    public List<Tier> Tiers { get; set; } = [];
    public List<TierOverrideRule> Overrides { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// What one measure adds to the score: <c>Weight × min(value ÷ NormaliseAt, 1)</c> when <see cref="NormaliseAt"/> is
/// set, else <c>Weight</c> points per whole <see cref="UnitSize"/> of the value; then at most <see cref="Cap"/>.
/// </summary>
public sealed record TierMetric(string Measure, string Label, double Weight, double? UnitSize = null, double? NormaliseAt = null, double? Cap = null);

/// <summary>A grade of a policy with the service it earns. Rank 1 is the best; a better tier has a higher minimum score.</summary>
public sealed record Tier(
    string Code, string Name, int Rank, double MinScore,
    int VisitIntervalDays, int ResponseHours, bool DedicatedManager, int ReviewIntervalDays, IReadOnlyList<string> Benefits);

/// <summary>
/// "Accounts that match these conditions get at least this tier", e.g. strategic ⇒ at least A2.
/// Conditions left null do not constrain; a rule with no condition applies to every account.
/// </summary>
public sealed record TierOverrideRule(string AtLeastTier, bool? Strategic = null, Industry? Industry = null, AccountScale? Scale = null, string? Description = null);
