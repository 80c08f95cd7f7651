using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Identity;

public sealed record CreateUserInput(string Name, string Email, string Password, IReadOnlyList<UserRole> Roles, string? DistributorId);
public sealed record SetUserRolesInput(string UserId, IReadOnlyList<UserRole> Roles, string? DistributorId);
public sealed record LockUserInput(string UserId, bool Locked, DateTime? Until);
public sealed record CreateApiTokenInput(string Name, string DistributorId, DateTime ExpiresAt, IReadOnlyList<ApiTokenScope> Scopes);
public sealed record RevokeApiTokenInput(string Id);
public sealed record ChangePasswordInput(string CurrentPassword, string NewPassword);

public sealed class ChangePasswordInputType : InputObjectGraphType
{
    public ChangePasswordInputType()
    {
        Name = "ChangePasswordInput";
        Description = "Your current password and the new one.";
        Field<NonNullGraphType<StringGraphType>>("currentPassword").Description("The password you signed in with.");
        Field<NonNullGraphType<StringGraphType>>("newPassword")
            .Description("At least 10 characters, with upper and lower case, a digit and a symbol.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ChangePasswordInput(value.Required<string>("currentPassword"), value.Required<string>("newPassword"));
}

public sealed class CreateUserInputType : InputObjectGraphType
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Description = "A new person with a login.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The person's name.");
        Field<NonNullGraphType<StringGraphType>>("email").Description("The e-mail address they sign in with.");
        Field<NonNullGraphType<StringGraphType>>("password").Description("At least 10 characters, with upper and lower case, a digit and a symbol.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserRoleType>>>>("roles").Description("What they may do (at least one).");
        Field<IdGraphType>("distributorId").Description("For a PARTNER (only): the distributor they belong to.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateUserInput(value.Required<string>("name"),
        value.Required<string>("email"), value.Required<string>("password"), value.GetList<UserRole>("roles") ?? [], value.GetId("distributorId"));
}

public sealed class SetUserRolesInputType : InputObjectGraphType
{
    public SetUserRolesInputType()
    {
        Name = "SetUserRolesInput";
        Description = "The roles a login holds from now on (replacing the ones it had).";
        Field<NonNullGraphType<IdGraphType>>("userId").Description("The user.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserRoleType>>>>("roles").Description("Their roles (at least one).");
        Field<IdGraphType>("distributorId").Description("For a PARTNER (only): the distributor they belong to.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new SetUserRolesInput(value.RequiredId("userId"), value.GetList<UserRole>("roles") ?? [], value.GetId("distributorId"));
}

public sealed class LockUserInputType : InputObjectGraphType
{
    public LockUserInputType()
    {
        Name = "LockUserInput";
        Description = "Locks a login out (its refresh tokens are revoked at once) or lets it in again.";
        Field<NonNullGraphType<IdGraphType>>("userId").Description("The user.");
        Field<NonNullGraphType<BooleanGraphType>>("locked").Description("True to lock, false to unlock.").DefaultValue(true);
        Field<DateTimeGraphType>("until").Description("When a lock ends; locked until unlocked when omitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new LockUserInput(value.RequiredId("userId"), value.Required<bool>("locked"), value.Get<DateTime?>("until"));
}

public sealed class CreateApiTokenInputType : InputObjectGraphType
{
    public CreateApiTokenInputType()
    {
        Name = "CreateApiTokenInput";
        Description = "A token for a partner portal's server.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("What it is for, e.g. the portal's name.");
        Field<NonNullGraphType<IdGraphType>>("distributorId").Description("The distributor it acts as: it sees that partner's data only.");
        Field<NonNullGraphType<DateTimeGraphType>>("expiresAt").Description("When it stops working (in the future).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiTokenScopeType>>>>("scopes").Description("What it may do.")
            .DefaultValue(new List<object> { ApiTokenScope.Read });
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateApiTokenInput(value.Required<string>("name"),
        value.RequiredId("distributorId"), value.Required<DateTime>("expiresAt"), value.GetList<ApiTokenScope>("scopes") ?? []);
}

public sealed class RevokeApiTokenInputType : InputObjectGraphType
{
    public RevokeApiTokenInputType()
    {
        Name = "RevokeApiTokenInput";
        Description = "The API token to stop.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The token's ID (not the token).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RevokeApiTokenInput(value.RequiredId("id"));
}
