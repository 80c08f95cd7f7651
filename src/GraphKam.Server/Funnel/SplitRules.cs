namespace GraphKam.Server.Funnel;

/// <summary>What a split's share may be: more than nothing, at most everything, in hundredths of a percent.</summary>
public static class SplitRules
{
    public static bool ValidPercent(decimal percent) =>
        percent is > 0m and <= 100m && decimal.Round(percent, 2) == percent;
}
