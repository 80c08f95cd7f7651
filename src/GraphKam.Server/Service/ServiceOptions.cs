namespace GraphKam.Server.Service;

/// <summary><c>GraphKam:Service</c> settings.</summary>
public sealed class ServiceOptions
{
    /// <summary>How often cases past a deadline are looked for and escalated.</summary>
    public TimeSpan EscalationSweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
