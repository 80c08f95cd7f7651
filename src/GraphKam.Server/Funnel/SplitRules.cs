using GraphKam.Server.Data;

namespace GraphKam.Server.Funnel;

/// <summary>What a split may hold: how many shares, what each share may be, and which role goes with the deal's owner.</summary>
public static class SplitRules
{
    /// <summary>
    /// The most shares one split type of a deal may have. A deal's credit goes to the few people who work it (an account
    /// team has half a dozen roles); a longer list is a mistake, and every share costs checks and a row.
    /// </summary>
    public const int MaxShares = 20;

    public static bool ValidPercent(decimal percent) =>
        percent is > 0m and <= 100m && decimal.Round(percent, 2) == percent;

    /// <summary>Role OWNER is the deal owner's share and only theirs; the owner's share always has role OWNER.</summary>
    public static bool RoleFits(int userId, TeamRole role, int? ownerId) => (role == TeamRole.Owner) == (userId == ownerId);
}
