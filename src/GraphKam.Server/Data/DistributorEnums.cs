using System.ComponentModel;

namespace GraphKam.Server.Data;

[Description("The kind of channel partner, by the rights its contract gives.")]
public enum DistributorKind
{
    [Description("General or exclusive distributor (总经销 / 独家经销): the only one for its territory.")] GeneralExclusive = 1,
    [Description("Exclusive distributor for one or more regions.")] RegionalExclusive = 2,
    [Description("Authorised distributor: one of several in its territory.")] Authorized = 3,
    [Description("Authorised for one or more industries.")] IndustryAuthorized = 4,
    [Description("Project, retail, logistics or engineering distributor.")] Project = 5,
    [Description("Second-tier distributor: buys from a first-tier one.")] SecondTier = 6,
}

[Description("How a partner earns: by owning the goods or by commission.")]
public enum DistributorModel
{
    [Description("Buys the goods, sets its price, carries the risk and earns the margin.")] Distributor = 1,
    [Description("Never owns the goods; earns a commission on sales.")] Agent = 2,
}

[Description("Whether a partner may work.")]
public enum DistributorStatus
{
    [Description("Working under contract.")] Active = 1,
    [Description("Temporarily stopped; may be reactivated.")] Suspended = 2,
    [Description("The contract has ended; final.")] Terminated = 3,
}

[Description("What kind of channel conflict a rule found.")]
public enum ConflictKind
{
    [Description("Outside or inside sales work a deal on an account that a distributor serves.")] DirectVsChannel = 1,
    [Description("Two exclusive distributors share a region and an industry.")] DistributorOverlap = 2,
    [Description("A distributor works an account outside its regions or industries.")] TerritoryBreach = 3,
    [Description("A second deal registration for an account inside the protection window.")] DuplicateRegistration = 4,
}

[Description("Where a channel conflict stands.")]
public enum ConflictStatus
{
    [Description("Found and waiting for a decision.")] Open = 1,
    [Description("Decided by someone, with a resolution.")] Resolved = 2,
    [Description("The situation no longer holds (e.g. the deal closed); it opens again if it comes back.")] Cleared = 3,
}

[Description("Where a deal registration stands.")]
public enum RegistrationStatus
{
    [Description("Waiting for a decision.")] Pending = 1,
    [Description("Approved: the channel opportunity was created.")] Approved = 2,
    [Description("Rejected, with a reason.")] Rejected = 3,
}
