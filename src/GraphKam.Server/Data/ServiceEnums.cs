using System.ComponentModel;

namespace GraphKam.Server.Data;

// Stored as their numbers; the numbers are explicit because rows on disk depend on them.

[Description("What a service case is about.")]
public enum ServiceCaseKind
{
    [Description("The account asks for something (a change, information, a visit).")] Request = 1,
    [Description("The account is unhappy with us (投诉).")] Complaint = 2,
    [Description("Something of ours is not working for the account (a fault, an outage).")] Incident = 3,
    [Description("The account praises us.")] Praise = 4,
}

[Description("How urgent a service case is; each severity has its own resolution target in the tier's standard.")]
public enum ServiceSeverity
{
    [Description("The account's business is stopped.")] Critical = 1,
    [Description("The account's business is badly hurt.")] High = 2,
    [Description("A real problem with a way around it.")] Medium = 3,
    [Description("A question or a small annoyance.")] Low = 4,
}

[Description("How a service case reached us.")]
public enum ServiceChannel
{
    [Description("A telephone call.")] Phone = 1,
    [Description("An e-mail.")] Email = 2,
    [Description("In person, during a visit.")] Visit = 3,
    [Description("A partner's or the customer portal.")] Portal = 4,
    [Description("The service hotline.")] Hotline = 5,
    [Description("Any other way.")] Other = 6,
}

[Description("Where a service case stands: OPEN → ACKNOWLEDGED → RESOLVED → CLOSED, or REOPENED after a resolution.")]
public enum ServiceCaseStatus
{
    [Description("Received; nobody has answered yet.")] Open = 1,
    [Description("Answered: someone works on it.")] Acknowledged = 2,
    [Description("Solved, waiting for the account to confirm.")] Resolved = 3,
    [Description("Confirmed and done.")] Closed = 4,
    [Description("Resolved or closed, then found not solved.")] Reopened = 5,
}

[Description("What happened to a service case.")]
public enum ServiceCaseChangeKind
{
    [Description("It was opened.")] Opened = 1,
    [Description("Its subject, description or owner changed.")] Updated = 2,
    [Description("Its status changed.")] StatusChanged = 3,
    [Description("A deadline passed before it was met.")] Escalated = 4,
}

[Description("A way an account breaks its tier's service standard.")]
public enum ServiceExceptionKind
{
    [Description("The on-site visit is overdue.")] VisitOverdue = 1,
    [Description("The relationship review is overdue.")] ReviewOverdue = 2,
    [Description("An open service case missed its response or resolution deadline.")] SlaBreached = 3,
    [Description("The tier promises a dedicated account manager and the account has no owner.")] NoDedicatedManager = 4,
}
