using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Identity;

[Description("No user with a login has the given ID.")]
public sealed record UserNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("USER_NOT_FOUND", $"No user with a login has the ID '{InputEcho.Shorten(Id)}'.");

[Description("Another login has this e-mail address.")]
public sealed record DuplicateEmailError(
    [property: Description("The e-mail address given.")] string Email)
    : MutationError("DUPLICATE_EMAIL", $"A login with the e-mail '{InputEcho.Shorten(Email)}' exists already.");

[Description("The password breaks the password rules (at least 10 characters, upper and lower case, a digit, a symbol).")]
public sealed record InvalidPasswordError(
    [property: Description("Each rule broken.")] IReadOnlyList<string> Reasons)
    : MutationError("INVALID_PASSWORD", "The password is too weak: " + string.Join(" ", Reasons));

[Description("A partner user needs exactly one distributor; others have none.")]
public sealed record DistributorRequiredError()
    : MutationError("DISTRIBUTOR_REQUIRED", "A PARTNER belongs to one distributor: give distributorId (and only for a partner).");

[Description("A login needs at least one role.")]
public sealed record RolesRequiredError() : MutationError("ROLES_REQUIRED", "Give at least one role.");

[Description("No API token has the given ID.")]
public sealed record ApiTokenNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("API_TOKEN_NOT_FOUND", $"No API token has the ID '{InputEcho.Shorten(Id)}'.");







[Description("The current password given is not the login's password.")]
public sealed record WrongPasswordError() : MutationError("WRONG_PASSWORD", "The current password is wrong.");
