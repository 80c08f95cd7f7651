using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Teams;

public sealed record AddAccountTeamMemberInput(string AccountId, string UserId, TeamRole Role, DateTime? Since, DateTime? Until);

public sealed record EndAccountTeamMembershipInput(string Id, int Version, DateTime? Until);

public sealed record SetCoverageRuleInput(string TierCode, List<Coverage> AllowedCoverage, List<TeamRole> RequiredRoles, int? Version);

public sealed class AddAccountTeamMemberInputType : InputObjectGraphType
{
    public AddAccountTeamMemberInputType()
    {
        Name = "AddAccountTeamMemberInput";
        Description = "A person joining an account's team in a role.";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<NonNullGraphType<IdGraphType>>("userId").Description("The person (one of the company's people).");
        Field<NonNullGraphType<TeamRoleType>>("role").Description("Their part in the team (not OWNER: that is the account's owner).");
        Field<DateTimeGraphType>("since").Description("From when (may be in the past, to record a team as it is); now when omitted.");
        Field<DateTimeGraphType>("until").Description("Until when, if already known (after `since`); open-ended when omitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new AddAccountTeamMemberInput(
        value.RequiredId("accountId"), value.RequiredId("userId"), value.Required<TeamRole>("role"),
        value.Get<DateTime?>("since"), value.Get<DateTime?>("until"));
}

public sealed class EndAccountTeamMembershipInputType : InputObjectGraphType
{
    public EndAccountTeamMembershipInputType()
    {
        Name = "EndAccountTeamMembershipInput";
        Description = "Ends a team membership; the membership stays in the team's history.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The membership.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<DateTimeGraphType>("until").Description("The first instant they are no longer on the team: now or later, not "
            + "before its start (at its start withdraws a membership that has not begun); when omitted, now, or its start "
            + "if it has not begun.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new EndAccountTeamMembershipInput(
        value.RequiredId("id"), value.Required<int>("version"), value.Get<DateTime?>("until"));
}

public sealed class SetCoverageRuleInputType : InputObjectGraphType
{
    public SetCoverageRuleInputType()
    {
        Name = "SetCoverageRuleInput";
        Description = "How the accounts of one tier of the default tier policy must be covered (replaces the tier's rule).";
        Field<NonNullGraphType<StringGraphType>>("tierCode").Description("The tier's code in the default tier policy.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageType>>>>("allowedCoverage")
            .Description("The coverages allowed (at least one).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamRoleType>>>>("requiredRoles")
            .Description("The team roles someone must hold; none when empty.");
        Field<IntGraphType>("version").Description("The `version` you read of the tier's rule: required when the tier has a rule "
            + "(VERSION_REQUIRED otherwise), omitted (or 0) when it has none.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SetCoverageRuleInput(
        value.Required<string>("tierCode"), value.GetList<Coverage>("allowedCoverage") ?? [],
        value.GetList<TeamRole>("requiredRoles") ?? [], value.Get<int?>("version"));
}
