using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Service;

public sealed class ServiceExceptionType : ObjectType<ServiceExceptionEntry>
{
    public ServiceExceptionType()
    {
        Name = "ServiceException";
        Description = "One way an account breaks its tier's service standard now (default tier policy).";
        Field<NonNullGraphType<ServiceExceptionKindType>>("kind").Description("What is wrong.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.Source.Account);
        Field<DateTimeGraphType>("since")
            .Description("The due date or deadline that was missed (UTC); null for a missing dedicated manager.")
            .Resolve(c => c.Source.Since is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : (DateTime?)null);
        Field(e => e.OverdueDays).Description("Whole days since it was due; 0 for a missing dedicated manager.");
        Field(e => e.Count).Description("How many open cases missed a deadline (SLA_BREACHED); 1 for the other kinds.");
    }
}

public sealed class ServiceExceptionFilterInput : FilterInputType<ServiceExceptionEntry>
{
    public ServiceExceptionFilterInput() : base("Conditions on service exceptions, e.g. `kind: { in: [VISIT_OVERDUE] }`.")
    {
        Enum<ServiceExceptionKindType, ServiceExceptionKind>("kind", e => e.Kind, "What is wrong.");
        Field("overdueDays", e => e.OverdueDays, "Days since it was due.");
        Field("since", e => e.Since, "The missed due date or deadline.");
        Field("count", e => e.Count, "How many cases breach.");
        Object<AccountFilterInput, Account>("account", e => e.Account, "The account.");
    }
}

public sealed class ServiceExceptionSortInput : SortInputType<ServiceExceptionEntry>
{
    public ServiceExceptionSortInput() : base("Sort keys for service exceptions (most overdue first when no order is given).")
    {
        Field("kind", e => e.Kind, "By kind, in the order VISIT_OVERDUE, REVIEW_OVERDUE, SLA_BREACHED, NO_DEDICATED_MANAGER.");
        Field("overdueDays", e => e.OverdueDays, "By days since it was due.");
        Field("since", e => e.Since, "By the missed due date or deadline.");
        Object<AccountSortInput, Account>("account", e => e.Account, "By the account's fields.");
    }
}
