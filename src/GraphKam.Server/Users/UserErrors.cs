using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Users;

[Description("The owner does not exist.")]
public sealed record OwnerNotFoundError(
    [property: Description("The owner ID given.")] string OwnerId)
    : MutationError("OWNER_NOT_FOUND", $"No user has the ID '{InputEcho.Shorten(OwnerId)}'.");

[Description("The user named as owner is a partner's user: accounts and service cases are owned by the company's staff.")]
public sealed record OwnerNotStaffError(
    [property: Description("The owner ID given.")] string OwnerId)
    : MutationError("OWNER_NOT_STAFF", $"The user '{InputEcho.Shorten(OwnerId)}' is a partner's user, not one of the company's staff.");
