using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>
/// The key-account figures of one month under one tier policy, as they stood when taken (年度考核: counts per tier,
/// revenue share, satisfaction, win rate, pipeline, forecast attainment). Taken once a month by a background job and on
/// demand; the latest take of a month replaces the earlier one. Stored, because most figures cannot be recomputed for a
/// past instant (revenue, satisfaction and pipeline are kept as they are now).
/// </summary>
public sealed class KpiSnapshot : IEntity
{
    public int Id { get; set; }

    /// <summary>The month it was taken in (<see cref="Common.SalesMonth"/>).</summary>
    public int Month { get; set; }

    public int PolicyId { get; set; }
    public TierPolicy? Policy { get; set; }
    public DateTime TakenAt { get; set; }
    public string TakenBy { get; set; } = "";

    /// <summary>Active accounts graded in the policy.</summary>
    public int Accounts { get; set; }

    /// <summary>Active accounts in the policy's key tiers (those with a dedicated manager).</summary>
    public int KeyAccounts { get; set; }

    /// <summary>Monthly revenue of the key accounts and of every active account, in yuan.</summary>
    public decimal KeyAccountRevenue { get; set; }
    public decimal CompanyRevenue { get; set; }

    /// <summary>Mean satisfaction of the key accounts that have a figure; null when none has.</summary>
    public double? Satisfaction { get; set; }

    /// <summary>Deals closed in the month: won ÷ (won + lost); null when none closed.</summary>
    public double? WinRate { get; set; }

    /// <summary>Open deals' amount when taken, in yuan.</summary>
    public decimal Pipeline { get; set; }

    /// <summary>Won in the month, the month's company target (null without one) and forecast ÷ target.</summary>
    public decimal Won { get; set; }
    public decimal? Target { get; set; }
    public double? ForecastAttainment { get; set; }

    /// <summary>Accounts and revenue per tier (best first).</summary>
    public List<KpiTierFigure> Tiers { get; set; } = [];

    /// <summary>Moves between tiers since the end of the month before (stays included).</summary>
    public List<TierMigrationCell> Migrations { get; set; } = [];
}

/// <summary>One tier's accounts and their monthly revenue.</summary>
public sealed record KpiTierFigure(string TierCode, int Accounts, decimal Revenue);

/// <summary>How many accounts went from one tier to another (the same tier: stayed; from null: not graded before).</summary>
public sealed record TierMigrationCell(string? FromTier, string ToTier, int Accounts);
