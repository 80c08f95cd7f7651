using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>
/// A key-account plan (大客户计划) for one account and one calendar year: what we want to reach, what the customer
/// needs, who we compete with, how the customer decides, where we could sell more and what could go wrong. Its lists
/// are read and written whole with the plan, so they are stored as JSON columns; its reviews are rows of their own.
/// </summary>
public sealed class AccountPlan : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int Year { get; set; }
    public AccountPlanStatus Status { get; set; }

    /// <summary>The plan's strategy in a few sentences.</summary>
    public string? Summary { get; set; }

    public List<PlanObjective> Objectives { get; set; } = [];
    public List<string> Needs { get; set; } = [];
    public List<string> PainPoints { get; set; } = [];
    public List<PlanCompetitor> Competitors { get; set; } = [];

    /// <summary>The customer's decision process, in the order its steps happen.</summary>
    public List<DecisionStep> DecisionSteps { get; set; } = [];

    /// <summary>
    /// What the account could buy from us and does not yet (free entries until a product catalogue exists).
    /// </summary>
    public List<string> WhiteSpace { get; set; } = [];

    public List<PlanRisk> Risks { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    /// <summary>When it last became ACTIVE: the review clock starts then.</summary>
    public DateTime? ActivatedAt { get; set; }

    /// <summary>When its last review was held; null before the first.</summary>
    public DateTime? LastReviewedAt { get; set; }

    public DateTime? ClosedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    public List<PlanReview> Reviews { get; set; } = [];
}

/// <summary>A measurable objective: a metric, the target, the value reached so far and the date it is due.</summary>
public sealed record PlanObjective(string Metric, double Target, double Actual, DateTime DueDate, string? Description);

/// <summary>A competitor on the account, where we stand against it, and its products the account uses.</summary>
public sealed record PlanCompetitor(string Name, CompetitivePosition Position, IReadOnlyList<string> Products,
    string? Note);

/// <summary>A step of the customer's decision process and the account's people who take part in it.</summary>
public sealed record DecisionStep(string Name, IReadOnlyList<int> ContactIds, string? Note);

/// <summary>Something that could make the plan fail, and what we do about it.</summary>
public sealed record PlanRisk(string Description, string? Mitigation);

/// <summary>
/// A review of a plan (the monthly plan review): when it was held, who took part (our people and the account's),
/// what changed and what happens next.
/// </summary>
public sealed class PlanReview : IEntity
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public AccountPlan? Plan { get; set; }
    public DateTime ReviewedAt { get; set; }
    public List<int> UserIds { get; set; } = [];
    public List<int> ContactIds { get; set; } = [];
    public required string Changes { get; set; }
    public string? NextSteps { get; set; }
    public DateTime RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}
