using System.ComponentModel;

namespace GraphKam.Server.Funnel;

[Description("What happened to an opportunity.")]
public enum OpportunityChangeKind
{
    [Description("It was created.")] Created = 1,
    [Description("Its fields changed (not its stage).")] Updated = 2,
    [Description("It moved to another open stage, or was reopened.")] StageChanged = 3,
    [Description("It was won or lost.")] Closed = 4,
}

/// <summary>
/// An opportunity changed, published after the change committed. It carries IDs only, so that any machine can
/// resolve it (and subscribers read the opportunity as it is when they get the event).
/// </summary>
public sealed record OpportunityChanged(int OpportunityId, OpportunityChangeKind Kind, int? PreviousStageId)
{
    public const string Topic = "opportunities";
}
