using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Service;

public sealed class ServiceStatusType : ObjectType<ServiceStatus>
{
    public ServiceStatusType()
    {
        Name = "ServiceStatus";
        Description = "Where an account stands against its tier's service standard (default tier policy): visits, reviews, cases, manager.";
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.Source.Account);
        Field<DateTimeGraphType>("lastVisitAt").Description("The last on-site visit (UTC); null if never visited.").Resolve(c => Utc(c.Source.LastVisitAt));
        Field<IntGraphType>("visitIntervalDays").Description("How often the account's tier says to visit, in days.").Resolve(c => c.Source.VisitIntervalDays);
        Field<DateTimeGraphType>("nextVisitDue").Description("When the next visit is due (UTC): one interval after the last visit, or after the account was created.")
            .Resolve(c => Utc(c.Source.NextVisitDue));
        Field(s => s.OverdueDays).Description("Whole days the visit is overdue; 0 when it is not due yet.");
        Field<DateTimeGraphType>("lastReviewAt").Description("The last relationship review (a REVIEW activity, UTC); null if never.")
            .Resolve(c => Utc(c.Source.LastReviewAt));
        Field<IntGraphType>("reviewIntervalDays").Description("How often the account's tier says to review the relationship, in days.")
            .Resolve(c => c.Source.ReviewIntervalDays);
        Field<DateTimeGraphType>("nextReviewDue").Description("When the next review is due (UTC): one interval after the last review, or after the account was created.")
            .Resolve(c => Utc(c.Source.NextReviewDue));
        Field(s => s.ReviewOverdueDays).Description("Whole days the review is overdue; 0 when it is not due yet.");
        Field(s => s.OpenCases).Description("Service cases not yet resolved or closed.");
        Field(s => s.BreachedCases).Description("Open service cases that missed their response or resolution deadline.");
        Field(s => s.DedicatedManagerRequired).Description("Whether the account's tier promises a dedicated account manager.");
        Field(s => s.DedicatedManagerMissing).Description("Whether the tier promises a dedicated manager and the account has no owner.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceExceptionKindType>>>>("exceptions")
            .Description("Every way the account breaks its tier's service standard now; empty when it keeps it.")
            .Resolve(c => ServiceExceptions.KindsOf(c.Source));
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
        Field("reviewOverdueDays", s => s.ReviewOverdueDays, "Days the review is overdue.");
        Field("lastReviewAt", s => s.LastReviewAt, "The last review.");
        Field("openCases", s => s.OpenCases, "Open service cases.");
        Field("breachedCases", s => s.BreachedCases, "Open service cases past a deadline.");
        Field("dedicatedManagerMissing", s => s.DedicatedManagerMissing, "A dedicated manager is promised and missing.");
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
        Field("reviewOverdueDays", s => s.ReviewOverdueDays, "By days the review is overdue.");
        Field("breachedCases", s => s.BreachedCases, "By open cases past a deadline.");
        Object<AccountSortInput, Account>("account", s => s.Account, "By the account's fields.");
    }
}
