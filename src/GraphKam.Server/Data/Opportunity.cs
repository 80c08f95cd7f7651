using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>A deal with an account moving through the funnel; every change of stage is kept in <see cref="StageChanges"/>.</summary>
public sealed class Opportunity : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }

    /// <summary>In yuan, kept to the fen.</summary>
    public decimal Amount { get; set; }

    public string Currency { get; set; } = "CNY";
    public DateTime? ExpectedCloseDate { get; set; }
    public int StageId { get; set; }
    public FunnelStage? Stage { get; set; }

    /// <summary>From 0 to 1; follows the stage unless set explicitly.</summary>
    public double Probability { get; set; }

    /// <summary>Amount × probability, kept with the row so that it filters, sorts and sums in SQL.</summary>
    public decimal WeightedAmount { get; set; }

    public int? OwnerId { get; set; }
    public User? Owner { get; set; }
    public int? DistributorId { get; set; }
    public Distributor? Distributor { get; set; }
    public SalesRoute Route { get; set; }
    public OpportunityStatus Status { get; set; } = OpportunityStatus.Open;
    public string? LossReason { get; set; }
    public DateTime StageEnteredAt { get; set; }

    /// <summary>
    /// The order of the furthest open or won stage it ever reached, kept with the row so that the funnel's conversion
    /// ("of those that entered a stage, how many got further") needs no per-deal search of the history.
    /// </summary>
    public int FurthestStageOrder { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public int Version { get; set; }
    public List<OpportunityContact> ContactRoles { get; set; } = [];
    public List<StageChange> StageChanges { get; set; } = [];
}

/// <summary>A contact's part in one opportunity.</summary>
public sealed class OpportunityContact
{
    public int OpportunityId { get; set; }
    public Opportunity? Opportunity { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public BuyingRole Role { get; set; }
    public bool IsPrimary { get; set; }
}

/// <summary>An opportunity entering a stage: from which, when, by whom and why.</summary>
public sealed class StageChange : IEntity
{
    public int Id { get; set; }
    public int OpportunityId { get; set; }
    public Opportunity? Opportunity { get; set; }
    public int? FromStageId { get; set; }
    public FunnelStage? FromStage { get; set; }
    public int ToStageId { get; set; }
    public FunnelStage? ToStage { get; set; }
    public DateTime ChangedAt { get; set; }

    /// <summary>When the opportunity left the stage this change entered; null while it is still there.</summary>
    public DateTime? LeftAt { get; set; }

    public required string ChangedBy { get; set; }
    public string? Note { get; set; }
}

/// <summary>What an owner, a region, or (both empty) the whole company should sell in a period.</summary>
public sealed class SalesTarget : IEntity
{
    public int Id { get; set; }
    public int? OwnerId { get; set; }
    public User? Owner { get; set; }
    public string? Region { get; set; }

    /// <summary>A year (2026), quarter (2026-Q3) or month (2026-11).</summary>
    public required string Period { get; set; }

    public decimal Amount { get; set; }
    public DateTime UpdatedAt { get; set; }
}
