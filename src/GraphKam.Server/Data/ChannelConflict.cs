namespace GraphKam.Server.Data;

/// <summary>
/// A conflict found by a rule and kept until someone resolves it. <see cref="Key"/> names the situation (the rule and
/// the rows involved), so that finding it again does not file it twice.
/// </summary>
public sealed class ChannelConflict : IVersioned
{
    public int Id { get; set; }
    public ConflictKind Kind { get; set; }
    public ConflictStatus Status { get; set; } = ConflictStatus.Open;
    public required string Key { get; set; }
    public int DistributorId { get; set; }
    public Distributor? Distributor { get; set; }
    public int? OtherDistributorId { get; set; }
    public Distributor? OtherDistributor { get; set; }
    public int? AccountId { get; set; }
    public Account? Account { get; set; }
    public int? OpportunityId { get; set; }
    public Opportunity? Opportunity { get; set; }
    public int? DealRegistrationId { get; set; }
    public DealRegistration? DealRegistration { get; set; }
    public required string Description { get; set; }
    public DateTime DetectedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public string? Resolution { get; set; }
    public int Version { get; set; }
}

/// <summary>A partner claiming a deal before working it, so that conflicts are caught early (报备).</summary>
public sealed class DealRegistration : IVersioned
{
    public int Id { get; set; }
    public int DistributorId { get; set; }
    public Distributor? Distributor { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }

    /// <summary>In yuan, kept to the fen.</summary>
    public decimal Amount { get; set; }

    public DateTime? ExpectedCloseDate { get; set; }
    public required string Description { get; set; }
    public RegistrationStatus Status { get; set; } = RegistrationStatus.Pending;
    public string? RejectionReason { get; set; }
    public int? OpportunityId { get; set; }
    public Opportunity? Opportunity { get; set; }
    public DateTime RegisteredAt { get; set; }
    public required string RegisteredBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public int Version { get; set; }
    public List<ChannelConflict> Conflicts { get; set; } = [];
}
