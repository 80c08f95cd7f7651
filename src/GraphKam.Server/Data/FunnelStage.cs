using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>A stage of the sales funnel (漏斗法), with its default win probability and exit criteria.</summary>
public sealed class FunnelStage : IEntity
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public int Order { get; set; }

    /// <summary>From 0 to 1.</summary>
    public double DefaultProbability { get; set; }

    public ForecastCategory ForecastCategory { get; set; }
    public bool IsClosed { get; set; }
    public bool IsWon { get; set; }
    public List<string> ExitCriteria { get; set; } = [];
}
