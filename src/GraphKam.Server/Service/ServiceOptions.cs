namespace GraphKam.Server.Service;

/// <summary><c>GraphKam:Service</c> settings.</summary>
public sealed class ServiceOptions
{
    /// <summary>How often cases past a deadline are looked for and escalated.</summary>
    public TimeSpan EscalationSweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An account's satisfaction is the mean of its surveys of the last this many days.</summary>
    public int SatisfactionWindowDays { get; set; } = 365;

    /// <summary>How often satisfaction is recomputed for surveys that left the window.</summary>
    public TimeSpan SatisfactionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    public const int MinWindowDays = 7, MaxWindowDays = 3650;

    /// <summary>The first instant inside the window ending at <paramref name="now"/> (a survey recorded then is out).</summary>
    public DateTime WindowStart(DateTime now) => now.AddDays(-SatisfactionWindowDays);
}
