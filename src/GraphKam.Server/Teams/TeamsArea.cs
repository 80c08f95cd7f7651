using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Teams;

/// <summary>Account teams (who works each account besides its owner) and coverage rules per tier, with their exceptions.</summary>
public sealed class TeamsArea : IArea
{
    public void Register(AreaBuilder area) =>
        area.Query<TeamQueries>().Mutations<TeamMutations>()
            .Extend<AccountType, AccountTeamFields>()
            .Access<TeamAccess>()
            .Startup<CoverageRuleStartup>();
}
