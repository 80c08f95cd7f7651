using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Service;

[Description("The contact was unknown, removed, or another account's person.")]
public sealed record ContactNotOnAccountError(
    [property: Description("The contact given.")] string ContactId,
    [property: Description("What is wrong.")] string Problem)
    : MutationError("CONTACT_NOT_ON_ACCOUNT", $"Contact '{InputEcho.Shorten(ContactId)}': {Problem}");

[Description("The service case was unknown or another account's case.")]
public sealed record CaseNotOnAccountError(
    [property: Description("The case given.")] string CaseId)
    : MutationError("CASE_NOT_ON_ACCOUNT", $"Service case '{InputEcho.Shorten(CaseId)}' is not a case of this account.");
