using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>
/// A person at a key account, placed in its organisation chart (组织架构图) with their part in buying decisions.
/// Removed contacts are kept (<see cref="RemovedAt"/>) so that the activities they took part in still name them.
/// </summary>
public sealed class Contact : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public BuyingRole BuyingRole { get; set; }
    public PersonalityStyle? Style { get; set; }
    public Attitude Attitude { get; set; } = Attitude.Neutral;

    /// <summary>1 (little) to 5 (decisive).</summary>
    public int Influence { get; set; } = 3;

    /// <summary>1 (no relationship) to 5 (close).</summary>
    public int RelationshipStrength { get; set; } = 1;

    public int? ReportsToId { get; set; }
    public Contact? ReportsTo { get; set; }
    public List<Contact> DirectReports { get; set; } = [];
    public List<ContactLink> DottedLines { get; set; } = [];
    public RolePlan? RolePlan { get; set; }
    public bool IsPrimary { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? RemovedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A dotted-line relation: the contact also answers to, or is close to, another contact of the account.</summary>
public sealed class ContactLink
{
    public int Id { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public int RelatedContactId { get; set; }
    public Contact? RelatedContact { get; set; }
}

/// <summary>How we serve one contact (角色服务计划): goal, method, action and how often, reviewed as we go.</summary>
public sealed class RolePlan : IEntity
{
    public int Id { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public required string Goal { get; set; }
    public string? Method { get; set; }
    public string? Action { get; set; }
    public int FrequencyDays { get; set; }
    public DateTime? NextActionAt { get; set; }
    public PlanStatus Status { get; set; } = PlanStatus.Active;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
