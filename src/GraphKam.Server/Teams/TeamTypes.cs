using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Teams;

public sealed class TeamRoleType : EnumType<TeamRole>;
public sealed class CoverageExceptionKindType : EnumType<CoverageExceptionKind>;

/// <summary>
/// A person on an account's team. The account's owner shows as an entry of role OWNER that is not a stored
/// membership (no ID, no dates, no version): it changes with the account's <c>owner</c>.
/// </summary>
public sealed class AccountTeamMemberType : ObjectType<AccountTeamMember>
{
    public const string TypeName = "AccountTeamMember";

    public AccountTeamMemberType()
    {
        Name = TypeName;
        Description = "A person on an account's team (客户团队) in a role, for a time; the owner shows as OWNER.";
        Field<IdGraphType>("id").Description("The membership's ID; null for the owner's entry, which is not a membership.")
            .Resolve(c => IsOwnerEntry(c.Source) ? null : GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<AccountType>>("account").Description("The account.")
            .Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field<NonNullGraphType<UserType>>("user").Description("The person.").Resolve(c => c.LoadById<User>(c.Source.UserId));
        Field<NonNullGraphType<TeamRoleType>>("role").Description("Their part in the team.").Resolve(c => c.Source.Role);
        Field<DateTimeGraphType>("since").Description("From when (UTC); null for the owner's entry.")
            .Resolve(c => IsOwnerEntry(c.Source) ? null : Utc(c.Source.Since));
        Field<DateTimeGraphType>("until").Description("The first instant they are no longer on the team (UTC); null while it lasts.")
            .Resolve(c => c.Source.Until is { } until ? Utc(until) : null);
        Field<StringGraphType>("addedBy").Description("Who added them; null for the owner's entry.")
            .ResolveActor(m => IsOwnerEntry(m) ? null : m.AddedBy);
        Field<StringGraphType>("endedBy").Description("Who ended the membership; null while it lasts.").ResolveActor(m => m.EndedBy);
        Field<IntGraphType>("version").Description("The version to send back when ending it; null for the owner's entry.")
            .Resolve(c => IsOwnerEntry(c.Source) ? null : c.Source.Version);
    }

    /// <summary>The owner's entry, made for <c>Account.team</c> (stored memberships have positive IDs).</summary>
    public static AccountTeamMember OwnerEntry(int accountId, int ownerId) =>
        new() { Id = 0, AccountId = accountId, UserId = ownerId, Role = TeamRole.Owner };

    private static bool IsOwnerEntry(AccountTeamMember member) => member.Id == 0;

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

public sealed class CoverageRuleType : ObjectType<CoverageRule>
{
    public CoverageRuleType()
    {
        Name = "CoverageRule";
        Description = "How the accounts of one tier (default tier policy) must be covered.";
        Field(r => r.TierCode).Description("The tier's code.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageType>>>>("allowedCoverage")
            .Description("The coverages an account of the tier may have.").Resolve(c => CoverageBits.Values<Coverage>(c.Source.AllowedCoverage));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamRoleType>>>>("requiredRoles")
            .Description("The team roles someone must hold (OWNER: the account has an owner; OUTSIDE_SALES and INSIDE_SALES are "
                + "also held by an owner who is an account manager or inside sales).")
            .Resolve(c => CoverageBits.Values<TeamRole>(c.Source.RequiredRoles));
        Field(r => r.UpdatedAt).Description("When it was last set (UTC).");
        Field<NonNullGraphType<StringGraphType>>("updatedBy").Description("Who set it.").ResolveActor(r => r.UpdatedBy);
        Field(r => r.Version).Description("The version to send back when changing it.");
    }
}
