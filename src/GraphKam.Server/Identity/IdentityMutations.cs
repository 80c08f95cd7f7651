using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Distributors;
using GraphKam.Server.Users;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Identity;

public sealed class IdentityMutations : IMutationFields
{
    private static readonly (string, string) ChangedUser = ("user", "The user as saved; null when nothing changed.");
    private static readonly (string, string) ChangedToken = ("apiToken", "The token; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateUserInputType, UserType>("createUser", "Creates a person and their login with the given roles.", ChangedUser,
            [typeof(RequiredValueError), typeof(TooLongError), typeof(InvalidEmailError), typeof(DuplicateEmailError),
             typeof(InvalidPasswordError), typeof(RolesRequiredError), typeof(DistributorRequiredError), typeof(InvalidIdError),
             typeof(DistributorNotFoundError)],
            Handle.With<UserAdministration>((admin, c) => admin.CreateAsync(c.GetArgument<CreateUserInput>("input"), c.CancellationToken)))
            .RequireRoles(Roles.Admin);

        mutation.AddMutation<SetUserRolesInputType, UserType>("setUserRoles",
            "Replaces a login's roles (and a partner's distributor); its refresh tokens are revoked, so new tokens carry the new roles.", ChangedUser,
            [typeof(InvalidIdError), typeof(UserNotFoundError), typeof(RolesRequiredError), typeof(DistributorRequiredError),
             typeof(DistributorNotFoundError)],
            Handle.With<UserAdministration>((admin, c) => admin.SetRolesAsync(c.GetArgument<SetUserRolesInput>("input"), c.CancellationToken)))
            .RequireRoles(Roles.Admin);

        mutation.AddMutation<LockUserInputType, UserType>("lockUser",
            "Locks a login out (until a time, or until unlocked) and revokes its refresh tokens; or unlocks it.", ChangedUser,
            [typeof(InvalidIdError), typeof(UserNotFoundError), typeof(ExpiryNotInFutureError)],
            Handle.With<UserAdministration>((admin, c) => admin.LockAsync(c.GetArgument<LockUserInput>("input"), c.CancellationToken)))
            .RequireRoles(Roles.Admin);

        mutation.AddMutation<ChangePasswordInputType, UserType>("changePassword",
            "Changes your own password. Every session of your login ends, this one too: sign in again with the new password.",
            ChangedUser, [typeof(WrongPasswordError), typeof(InvalidPasswordError)],
            Handle.With<PasswordChange>((change, c) =>
                change.ChangeAsync(c.GetArgument<ChangePasswordInput>("input"), c.User, c.CancellationToken)))
            .RequireRoles(Roles.All);

        mutation.AddMutation<CreateApiTokenInputType, ApiTokenType>("createApiToken",
            "Creates a token for a partner portal's server: send it as `Authorization: Bearer <token>`. The token is in this answer only.", ChangedToken,
            [typeof(RequiredValueError), typeof(TooLongError), typeof(ExpiryNotInFutureError), typeof(InvalidIdError), typeof(DistributorNotFoundError)],
            c => MutationScope.RunAsync<CreateApiTokenInput>(c, ApiTokenIssuing.CreateAsync))
            .RequireRoles(Roles.Managers);

        mutation.AddMutation<RevokeApiTokenInputType, ApiTokenType>("revokeApiToken", "Stops an API token: its requests are refused at once, and its open sockets and streams end at their next credential check (`GraphKam:Auth:SessionCheckInterval`).", ChangedToken,
            [typeof(InvalidIdError), typeof(ApiTokenNotFoundError)],
            c => MutationScope.RunAsync<RevokeApiTokenInput, SessionValidator>(c, ApiTokenIssuing.RevokeAsync))
            .RequireRoles(Roles.Managers);
    }
}
