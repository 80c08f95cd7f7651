namespace GraphKam.Server.Capacity;

/// <summary><c>GraphKam:Capacity</c> settings: how many accounts a rep covers, and their activity quotas.</summary>
public sealed class CapacityOptions
{
    /// <summary>Accounts an outside rep (account manager) covers: the seeds' "TOP 20".</summary>
    public int OutsideAccounts { get; set; } = 20;

    /// <summary>Accounts an inside rep covers by phone.</summary>
    public int InsideAccounts { get; set; } = 200;

    /// <summary>On-site visits a rep makes per working day.</summary>
    public int VisitsPerDay { get; set; } = 3;

    /// <summary>Face-to-face meetings (visits and meetings) a rep holds per working week.</summary>
    public int MeetingsPerWeek { get; set; } = 12;

    public const int MaxAccounts = 100_000, MaxVisitsPerDay = 50, MaxMeetingsPerWeek = 250;

    /// <summary>The first setting out of range, with its bounds, or null when all are in range.</summary>
    public string? Problem() =>
        OutsideAccounts is < 1 or > MaxAccounts ? $"GraphKam:Capacity:OutsideAccounts must be from 1 to {MaxAccounts}."
        : InsideAccounts is < 1 or > MaxAccounts ? $"GraphKam:Capacity:InsideAccounts must be from 1 to {MaxAccounts}."
        : VisitsPerDay is < 0 or > MaxVisitsPerDay ? $"GraphKam:Capacity:VisitsPerDay must be from 0 to {MaxVisitsPerDay}."
        : MeetingsPerWeek is < 0 or > MaxMeetingsPerWeek ? $"GraphKam:Capacity:MeetingsPerWeek must be from 0 to {MaxMeetingsPerWeek}."
        : null;
}
