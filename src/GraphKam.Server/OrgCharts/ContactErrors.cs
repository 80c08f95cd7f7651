using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.OrgCharts;

[Description("No contact has the given ID.")]
public sealed record ContactNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("CONTACT_NOT_FOUND", $"No contact has the ID '{InputEcho.Shorten(Id)}'.");

[Description("The contact was removed; removed contacts are read-only.")]
public sealed record ContactRemovedError(
    [property: Description("The contact's ID.")] string Id)
    : MutationError("CONTACT_REMOVED", "The contact was removed from the chart and cannot be changed.");

[Description("The manager does not exist or was removed.")]
public sealed record ManagerNotFoundError(
    [property: Description("The manager ID given.")] string ManagerId)
    : MutationError("MANAGER_NOT_FOUND", $"No current contact has the ID '{InputEcho.Shorten(ManagerId)}'.");

[Description("The manager works for another account.")]
public sealed record ManagerInOtherAccountError(
    [property: Description("The manager ID given.")] string ManagerId)
    : MutationError("MANAGER_IN_OTHER_ACCOUNT", "A contact can only report to a contact of the same account.");

[Description("The new manager would make the chart loop.")]
public sealed record OrgChartCycleError(
    [property: Description("The contact moved.")] string ContactId,
    [property: Description("The manager given.")] string ManagerId)
    : MutationError("ORG_CHART_CYCLE", "That manager is the contact itself or reports to it: the chart cannot loop.");

[Description("A dotted line pointed at the contact itself, another account's contact, or nobody.")]
public sealed record InvalidDottedLineError(
    [property: Description("The contact the line points at.")] string ContactId,
    [property: Description("What is wrong.")] string Problem)
    : MutationError("INVALID_DOTTED_LINE", $"Dotted line to '{InputEcho.Shorten(ContactId)}': {Problem}");

