using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Service;

[Description("The service case does not exist (or is not visible to the caller).")]
public sealed record ServiceCaseNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("SERVICE_CASE_NOT_FOUND", $"No service case has the ID '{InputEcho.Shorten(Id)}'.");

[Description("The case cannot move from its status to the one asked for.")]
public sealed record IllegalCaseTransitionError(
    [property: Description("The case's status.")] ServiceCaseStatus From,
    [property: Description("The status asked for.")] ServiceCaseStatus To)
    : MutationError("ILLEGAL_CASE_TRANSITION", $"A case that is {From.ToString().ToUpperInvariant()} cannot become {To.ToString().ToUpperInvariant()}.");

[Description("The account has no tier in the default policy, so there is no service standard to set deadlines from.")]
public sealed record NoServiceStandardError(
    [property: Description("The account given.")] string AccountId)
    : MutationError("NO_SERVICE_STANDARD", $"Account '{InputEcho.Shorten(AccountId)}' has no tier in the default policy.");

[Description("The contact was unknown, removed, or another account's contact.")]
public sealed record InvalidCaseContactError(
    [property: Description("The contact given.")] string ContactId,
    [property: Description("What is wrong.")] string Problem)
    : MutationError("INVALID_CASE_CONTACT", $"Contact '{InputEcho.Shorten(ContactId)}': {Problem}");
