using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Users;

[Description("The owner does not exist.")]
public sealed record OwnerNotFoundError(
    [property: Description("The owner ID given.")] string OwnerId)
    : MutationError("OWNER_NOT_FOUND", $"No user has the ID '{InputEcho.Shorten(OwnerId)}'.");
