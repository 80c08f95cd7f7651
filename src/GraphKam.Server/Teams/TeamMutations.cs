using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Teams;

public sealed class TeamMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        // Staff may call them; the team's write rule then allows only the account's owner (and managers).
        mutation.AddMutation<AddAccountTeamMemberInputType, AccountTeamMemberType>("addAccountTeamMember",
            "Adds a person of the company to an account's team in a role (not OWNER: that is the account's `owner`).",
            ("accountTeamMember", "The membership as saved; null when nothing was saved."), AddAccountTeamMember.Errors,
            c => MutationScope.RunAsync<AddAccountTeamMemberInput>(c, AddAccountTeamMember.HandleAsync))
            .RequireRoles(Roles.Internal);

        mutation.AddMutation<EndAccountTeamMembershipInputType, AccountTeamMemberType>("endAccountTeamMembership",
            "Ends a team membership (now, or at `until`); the membership stays in the team's history.",
            ("accountTeamMember", "The membership as saved; null when nothing changed."), EndAccountTeamMembership.Errors,
            c => MutationScope.RunAsync<EndAccountTeamMembershipInput>(c, EndAccountTeamMembership.HandleAsync))
            .RequireRoles(Roles.Internal);

        mutation.AddMutation<SetCoverageRuleInputType, CoverageRuleType>("setCoverageRule",
            "Sets how the accounts of one tier of the default tier policy must be covered; `coverageExceptions` follows at once.",
            ("coverageRule", "The rule as saved; null when nothing changed."), SetCoverageRule.Errors,
            c => MutationScope.RunAsync<SetCoverageRuleInput>(c, SetCoverageRule.HandleAsync))
            .RequireRoles(Roles.Managers);
    }
}
