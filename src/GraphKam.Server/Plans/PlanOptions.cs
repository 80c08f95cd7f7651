namespace GraphKam.Server.Plans;

/// <summary><c>GraphKam:Plans</c> settings.</summary>
public sealed class PlanOptions
{
    /// <summary>
    /// A plan in force is due for review when its last review (or its activation) is this many days old.
    /// </summary>
    public int ReviewIntervalDays { get; set; } = 30;

    public const int MinIntervalDays = 1, MaxIntervalDays = 366;

    /// <summary>Plans whose review clock started before this instant are due at <paramref name="now"/>.</summary>
    public DateTime DueBefore(DateTime now) => now.AddDays(-ReviewIntervalDays);
}
