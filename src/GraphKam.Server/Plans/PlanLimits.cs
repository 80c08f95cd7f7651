namespace GraphKam.Server.Plans;

/// <summary>How much a plan may hold: enough for a real plan, bounded so that one input cannot bloat a row.</summary>
public static class PlanLimits
{
    /// <summary>A line: a metric, a need, a competitor's name, a step's name.</summary>
    public const int LineLength = 200;

    /// <summary>A text: the summary, a note, a review's changes and next steps.</summary>
    public const int TextLength = 4000;

    /// <summary>Entries in each of a plan's lists, contacts in a step, participants in a review.</summary>
    public const int ListLength = 50;
}
