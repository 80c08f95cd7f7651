namespace GraphKam.Server.Demo;

/// <summary>Moments of the demo's history, kept inside the account's life.</summary>
internal static class DemoTimes
{
    /// <summary>
    /// <paramref name="at"/>, or when it falls before the account existed, a moment of its life instead (folded back
    /// into [created, now) by arithmetic, not by drawing again: every other demo figure stays what it was).
    /// </summary>
    public static DateTime InLife(DateTime at, DateTime created, DateTime now)
    {
        if (at >= created || created >= now) return at; // (an account "created" after now: a demo made for a past date)
        var life = Math.Max(1, (now - created).Ticks);
        return created.AddTicks((created - at).Ticks % life);
    }
}
