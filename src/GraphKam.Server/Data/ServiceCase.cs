using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>
/// A service request or complaint of an account (服务请求/投诉), with the deadlines its tier promised when it was
/// opened: a later change of tier does not move them.
/// </summary>
public sealed class ServiceCase : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int? ContactId { get; set; }
    public Contact? Contact { get; set; }
    public ServiceCaseKind Kind { get; set; }
    public ServiceSeverity Severity { get; set; }
    public ServiceChannel Channel { get; set; }
    public required string Subject { get; set; }
    public string? Description { get; set; }
    public ServiceCaseStatus Status { get; set; }
    public int? OwnerId { get; set; }
    public User? Owner { get; set; }

    /// <summary>The account's tier in the default policy when the case was opened: where the deadlines come from.</summary>
    public required string TierCode { get; set; }

    public DateTime OpenedAt { get; set; }
    public required string OpenedBy { get; set; }
    public DateTime RespondBy { get; set; }
    public DateTime ResolveBy { get; set; }
    public DateTime? FirstResponseAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>When the response deadline passed unanswered and the case was escalated.</summary>
    public DateTime? ResponseEscalatedAt { get; set; }

    /// <summary>When the resolution deadline passed unresolved and the case was escalated.</summary>
    public DateTime? ResolutionEscalatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    public List<ServiceCaseChange> History { get; set; } = [];
}

/// <summary>One change of a service case: what it became, when, by whom and why.</summary>
public sealed class ServiceCaseChange : IEntity
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public ServiceCase? Case { get; set; }
    public ServiceCaseChangeKind Kind { get; set; }
    public ServiceCaseStatus? FromStatus { get; set; }
    public ServiceCaseStatus ToStatus { get; set; }
    public string? Note { get; set; }
    public DateTime ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
}
