namespace GraphKam.Server.Data;

/// <summary>
/// A channel partner (渠道伙伴): a distributor or an agent, with its territory, contract and the accounts it serves.
/// Partners form a two-level hierarchy: second-tier distributors buy from first-tier ones.
/// </summary>
public sealed class Distributor : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DistributorKind Kind { get; set; }
    public DistributorModel Model { get; set; }

    /// <summary>For agents only: the share of sales paid as commission, strictly between 0 and 1.</summary>
    public double? CommissionRate { get; set; }

    public int? ParentId { get; set; }
    public Distributor? Parent { get; set; }
    public List<Distributor> Children { get; set; } = [];

    /// <summary>The regions it may work; empty means all regions.</summary>
    public List<string> Regions { get; set; } = [];

    /// <summary>The industries it may work; empty means all industries.</summary>
    public List<Industry> Industries { get; set; } = [];

    /// <summary>Who to talk to at the partner: the one part of its record a partner may keep up to date itself.</summary>
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    public DateTime ContractStart { get; set; }
    public DateTime? ContractEnd { get; set; }
    public DistributorStatus Status { get; set; } = DistributorStatus.Active;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>The accounts it serves (through <see cref="Assignments"/>).</summary>
    public List<Account> Accounts { get; set; } = [];
    public List<DistributorAssignment> Assignments { get; set; } = [];
    public List<Opportunity> Opportunities { get; set; } = [];
    public List<Scorecard> Scorecards { get; set; } = [];
}

/// <summary>A distributor serving an account (coverage).</summary>
public sealed class DistributorAssignment
{
    public int DistributorId { get; set; }
    public Distributor? Distributor { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public DateTime AssignedAt { get; set; }
    public required string AssignedBy { get; set; }
}

/// <summary>A partner's evaluation (考评) for one quarter; the scores and the overall score are kept for ranking in SQL.</summary>
public sealed class Scorecard : GraphKam.GraphQL.Relay.IEntity
{
    public int Id { get; set; }
    public int DistributorId { get; set; }
    public Distributor? Distributor { get; set; }

    /// <summary>A quarter, e.g. 2026-Q3; text sorts in time order.</summary>
    public required string Period { get; set; }

    public decimal SalesAmount { get; set; }
    public decimal Target { get; set; }
    public double Attainment { get; set; }
    public double CoverageScore { get; set; }
    public double ServiceScore { get; set; }
    public double PaymentScore { get; set; }
    public double OverallScore { get; set; }
    public DateTime RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}
