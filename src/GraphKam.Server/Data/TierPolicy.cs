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

/// <summary>
/// A grade of a policy with the service it earns. Rank 1 is the best; a better tier has a higher minimum score.
/// <see cref="Resolution"/> is null in policies stored before it existed: then <see cref="ResolutionTargets"/> applies.
/// <see cref="CreditLimit"/> (yuan) and <see cref="FeeDiscountPercent"/> are the tier's commercial benefits (ICBC's
/// credit line and fee discounts by star); null when the tier grants none, and in policies stored before they existed.
/// </summary>
public sealed record Tier(
    string Code, string Name, int Rank, double MinScore,
    int VisitIntervalDays, int ResponseHours, bool DedicatedManager, int ReviewIntervalDays, IReadOnlyList<string> Benefits,
    ResolutionHours? Resolution = null, decimal? CreditLimit = null, double? FeeDiscountPercent = null)
{
    /// <summary>The resolution targets in force: the stored ones, else the default derived from the response time.</summary>
    public ResolutionHours ResolutionTargets() => Resolution ?? ResolutionHours.From(ResponseHours);
}

/// <summary>Hours to resolve a service case of each severity (the tier's service standard).</summary>
public sealed record ResolutionHours(int Critical, int High, int Medium, int Low)
{
    /// <summary>
    /// The default for a tier that does not say: a critical case within twice the response time, then 6, 12 and 24
    /// times it (2 hours' response: 4, 12, 24 and 48 hours).
    /// </summary>
    public static ResolutionHours From(int responseHours) =>
        new(responseHours * 2, responseHours * 6, responseHours * 12, responseHours * 24);

    public int For(ServiceSeverity severity) => severity switch
    {
        ServiceSeverity.Critical => Critical,
        ServiceSeverity.High => High,
        ServiceSeverity.Medium => Medium,
        _ => Low,
    };
}

/// <summary>
/// "Accounts that match these conditions get at least this tier", e.g. strategic ⇒ at least A2.
/// Conditions left null do not constrain; a rule with no condition applies to every account.
/// </summary>
public sealed record TierOverrideRule(string AtLeastTier, bool? Strategic = null, Industry? Industry = null, AccountScale? Scale = null, string? Description = null);
