namespace GraphKam.Server.Funnel;

/// <summary><c>GraphKam:Funnel</c> settings.</summary>
public sealed class FunnelOptions
{
    /// <summary>Opportunities of at least this amount (yuan) are routed to outside sales.</summary>
    public decimal LargeDealThreshold { get; set; } = 1_000_000m;
}
