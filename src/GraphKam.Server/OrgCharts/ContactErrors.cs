using GraphKam.GraphQL.Mutations;
using GraphQL.Types;

namespace GraphKam.Server.OrgCharts;

public sealed record ContactNotFoundError(string Id) : MutationError("CONTACT_NOT_FOUND", $"No contact has the ID '{Id}'.");
public sealed record ContactRemovedError(string Id) : MutationError("CONTACT_REMOVED", "The contact was removed from the chart and cannot be changed.");
public sealed record ManagerNotFoundError(string ManagerId) : MutationError("MANAGER_NOT_FOUND", $"No current contact has the ID '{ManagerId}'.");
public sealed record ManagerInOtherAccountError(string ManagerId) : MutationError("MANAGER_IN_OTHER_ACCOUNT", "A contact can only report to a contact of the same account.");
public sealed record OrgChartCycleError(string ContactId, string ManagerId) : MutationError("ORG_CHART_CYCLE", "That manager is the contact itself or reports to it: the chart cannot loop.");
public sealed record InvalidEmailError(string Email) : MutationError("INVALID_EMAIL", $"'{Email}' is not an e-mail address.");
public sealed record InvalidDottedLineError(string ContactId, string Problem) : MutationError("INVALID_DOTTED_LINE", $"Dotted line to '{ContactId}': {Problem}");

public sealed class ContactNotFoundErrorType : ErrorGraphType<ContactNotFoundError>
{
    public ContactNotFoundErrorType() : base("No contact has the given ID.") =>
        Field<NonNullGraphType<StringGraphType>>("id").Description("The ID given.").Resolve(c => c.Source.Id);
}

public sealed class ContactRemovedErrorType : ErrorGraphType<ContactRemovedError>
{
    public ContactRemovedErrorType() : base("The contact was removed; removed contacts are read-only.") =>
        Field<NonNullGraphType<StringGraphType>>("id").Description("The contact's ID.").Resolve(c => c.Source.Id);
}

public sealed class ManagerNotFoundErrorType : ErrorGraphType<ManagerNotFoundError>
{
    public ManagerNotFoundErrorType() : base("The manager does not exist or was removed.") =>
        Field<NonNullGraphType<StringGraphType>>("managerId").Description("The manager ID given.").Resolve(c => c.Source.ManagerId);
}

public sealed class ManagerInOtherAccountErrorType : ErrorGraphType<ManagerInOtherAccountError>
{
    public ManagerInOtherAccountErrorType() : base("The manager works for another account.") =>
        Field<NonNullGraphType<StringGraphType>>("managerId").Description("The manager ID given.").Resolve(c => c.Source.ManagerId);
}

public sealed class OrgChartCycleErrorType : ErrorGraphType<OrgChartCycleError>
{
    public OrgChartCycleErrorType() : base("The new manager would make the chart loop.")
    {
        Field<NonNullGraphType<StringGraphType>>("contactId").Description("The contact moved.").Resolve(c => c.Source.ContactId);
        Field<NonNullGraphType<StringGraphType>>("managerId").Description("The manager given.").Resolve(c => c.Source.ManagerId);
    }
}

public sealed class InvalidEmailErrorType : ErrorGraphType<InvalidEmailError>
{
    public InvalidEmailErrorType() : base("An e-mail address was malformed.") =>
        Field<NonNullGraphType<StringGraphType>>("email").Description("The address given.").Resolve(c => c.Source.Email);
}

public sealed class InvalidDottedLineErrorType : ErrorGraphType<InvalidDottedLineError>
{
    public InvalidDottedLineErrorType() : base("A dotted line pointed at the contact itself, another account's contact, or nobody.")
    {
        Field<NonNullGraphType<StringGraphType>>("contactId").Description("The contact the line points at.").Resolve(c => c.Source.ContactId);
        Field<NonNullGraphType<StringGraphType>>("problem").Description("What is wrong.").Resolve(c => c.Source.Problem);
    }
}
