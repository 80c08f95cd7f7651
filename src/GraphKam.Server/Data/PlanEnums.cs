using System.ComponentModel;

namespace GraphKam.Server.Data;

// Stored as their numbers; the numbers are explicit because rows on disk depend on them.

[Description("Where an account plan stands: DRAFT → ACTIVE → REVIEWED → CLOSED.")]
public enum AccountPlanStatus
{
    [Description("Being written; not yet in force.")] Draft = 1,
    [Description("In force; not reviewed since it became active.")] Active = 2,
    [Description("In force and reviewed at least once (`recordPlanReview`).")] Reviewed = 3,
    [Description("Finished: the year is over or the plan was replaced.")] Closed = 4,
}

[Description("Where we stand against a competitor on an account.")]
public enum CompetitivePosition
{
    [Description("We lead: the account prefers us.")] Leading = 1,
    [Description("Neck and neck.")] Even = 2,
    [Description("The competitor leads.")] Behind = 3,
}

[Description("What happened to an account plan.")]
public enum AccountPlanChangeKind
{
    [Description("It was created.")] Created = 1,
    [Description("Its contents changed.")] Updated = 2,
    [Description("Its status changed.")] StatusChanged = 3,
    [Description("A review was recorded.")] Reviewed = 4,
}
