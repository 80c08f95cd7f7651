using GraphKam.GraphQL.Mutations;
using GraphQL.Types;

namespace GraphKam.Server.Identity;

public sealed record UserNotFoundError(string Id) : MutationError("USER_NOT_FOUND", $"No user with a login has the ID '{Id}'.");
public sealed record DuplicateEmailError(string Email) : MutationError("DUPLICATE_EMAIL", $"A login with the e-mail '{Email}' exists already.");
public sealed record InvalidPasswordError(IReadOnlyList<string> Reasons) : MutationError("INVALID_PASSWORD", "The password is too weak: " + string.Join(" ", Reasons));
public sealed record DistributorRequiredError() : MutationError("DISTRIBUTOR_REQUIRED", "A PARTNER belongs to one distributor: give distributorId (and only for a partner).");
public sealed record RolesRequiredError() : MutationError("ROLES_REQUIRED", "Give at least one role.");
public sealed record ApiTokenNotFoundError(string Id) : MutationError("API_TOKEN_NOT_FOUND", $"No API token has the ID '{Id}'.");

public sealed class UserNotFoundErrorType : ErrorGraphType<UserNotFoundError>
{
    public UserNotFoundErrorType() : base("No user with a login has the given ID.") =>
        Field<NonNullGraphType<StringGraphType>>("id").Description("The ID given.").Resolve(c => c.Source.Id);
}

public sealed class DuplicateEmailErrorType : ErrorGraphType<DuplicateEmailError>
{
    public DuplicateEmailErrorType() : base("Another login has this e-mail address.") =>
        Field<NonNullGraphType<StringGraphType>>("email").Description("The e-mail address given.").Resolve(c => c.Source.Email);
}

public sealed class InvalidPasswordErrorType : ErrorGraphType<InvalidPasswordError>
{
    public InvalidPasswordErrorType() : base("The password breaks the password rules (at least 10 characters, upper and lower case, a digit, a symbol).") =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("Each rule broken.").Resolve(c => c.Source.Reasons);
}

public sealed class DistributorRequiredErrorType : ErrorGraphType<DistributorRequiredError>
{
    public DistributorRequiredErrorType() : base("A partner user needs exactly one distributor; others have none.") { }
}

public sealed class RolesRequiredErrorType : ErrorGraphType<RolesRequiredError>
{
    public RolesRequiredErrorType() : base("A login needs at least one role.") { }
}

public sealed class ApiTokenNotFoundErrorType : ErrorGraphType<ApiTokenNotFoundError>
{
    public ApiTokenNotFoundErrorType() : base("No API token has the given ID.") =>
        Field<NonNullGraphType<StringGraphType>>("id").Description("The ID given.").Resolve(c => c.Source.Id);
}
