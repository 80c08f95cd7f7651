using System.ComponentModel;
using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>
/// One person's share of a deal's credit under one split type. The splits of a deal and type are set as a whole
/// and sum to 100 %; the deal's <see cref="Opportunity.Version"/> guards them.
/// </summary>
public sealed class OpportunitySplit : IEntity
{
    public int Id { get; set; }
    public int OpportunityId { get; set; }
    public Opportunity? Opportunity { get; set; }
    public SplitType Type { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }

    /// <summary>More than 0 and at most 100, kept to the hundredth (stored as an integer, like money).</summary>
    public decimal Percent { get; set; }

    public TeamRole Role { get; set; }
}

[Description("What a deal's split shares out.")]
public enum SplitType
{
    [Description("The deal's revenue: the shares credit each person with part of the amount in pipeline and forecast by owner.")]
    Revenue = 1,

    [Description("Overlay credit (specialists, managers) on top of the revenue: it does not change pipeline or forecast.")]
    Overlay = 2,
}
