using GraphKam.Server.Data;

namespace GraphKam.Server.Teams;

/// <summary>
/// The rules a tier gets when it has none, from the seeds' coverage by tier: class A accounts (codes starting with A)
/// to the field team, with an owner and an outside rep; class B to inside or outside sales, with an owner; class C to
/// inside or outside sales or a partner, with no role required. Other codes get no rule (nothing to break).
/// </summary>
public static class CoverageRuleDefaults
{
    public static (Coverage[] Allowed, TeamRole[] Required)? For(string tierCode) =>
        tierCode.StartsWith('A') ? ([Coverage.Outside], [TeamRole.Owner, TeamRole.OutsideSales])
        : tierCode.StartsWith('B') ? ([Coverage.Inside, Coverage.Outside], [TeamRole.Owner])
        : tierCode.StartsWith('C') ? ([Coverage.Inside, Coverage.Outside, Coverage.Channel], [])
        : null;
}
