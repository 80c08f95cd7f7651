using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Activities;

public sealed class ServiceStatusType : ObjectGraphType<ServiceStatus>
{
    public ServiceStatusType()
    {
        Name = "ServiceStatus";
        Description = "Where an account stands against its tier's visit standard (default tier policy).";
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.Source.Account);
        Field<DateTimeGraphType>("lastVisitAt").Description("The last on-site visit (UTC); null if never visited.").Resolve(c => Utc(c.Source.LastVisitAt));
        Field<IntGraphType>("visitIntervalDays").Description("How often the account's tier says to visit, in days.").Resolve(c => c.Source.VisitIntervalDays);
        Field<DateTimeGraphType>("nextVisitDue").Description("When the next visit is due (UTC): one interval after the last visit, or after the account was created.")
            .Resolve(c => Utc(c.Source.NextVisitDue));
        Field(s => s.OverdueDays).Description("Whole days the visit is overdue; 0 when it is not due yet.");
    }

    // Computed in SQL, so EF reads them without the column's UTC conversion.
    private static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}

public sealed class ServiceStatusFilterInput : FilterInputType<ServiceStatus>
{
    public ServiceStatusFilterInput() : base("Conditions on service status, e.g. `overdueDays: { gte: 30 }`.")
    {
        Field("overdueDays", s => s.OverdueDays, "Days overdue.");
        Field("lastVisitAt", s => s.LastVisitAt, "The last visit.");
        Field("nextVisitDue", s => s.NextVisitDue, "When the next visit is due.");
        Field("visitIntervalDays", s => s.VisitIntervalDays, "The tier's visit interval.");
        Object<AccountFilterInput, Account>("account", s => s.Account, "The account.");
    }
}

public sealed class ServiceStatusSortInput : SortInputType<ServiceStatus>
{
    public ServiceStatusSortInput() : base("Sort keys for service status (most overdue first when no order is given).")
    {
        Field("overdueDays", s => s.OverdueDays, "By days overdue.");
        Field("lastVisitAt", s => s.LastVisitAt, "By the last visit.");
        Field("nextVisitDue", s => s.NextVisitDue, "By when the next visit is due.");
        Object<AccountSortInput, Account>("account", s => s.Account, "By the account's fields.");
    }
}
