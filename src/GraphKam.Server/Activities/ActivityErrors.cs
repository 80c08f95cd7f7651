using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Activities;

[Description("The activity's time was in the future.")]
public sealed record ActivityInFutureError(
    [property: Description("The time given.")] DateTime OccurredAt)
    : MutationError("ACTIVITY_IN_FUTURE", $"An activity is logged once it has happened; {OccurredAt:O} is in the future.");

[Description("A participant was unknown, removed, or another account's contact.")]
public sealed record InvalidActivityContactError(
    [property: Description("The contact given.")] string ContactId,
    [property: Description("What is wrong.")] string Problem)
    : MutationError("INVALID_ACTIVITY_CONTACT", $"Contact '{InputEcho.Shorten(ContactId)}': {Problem}");
