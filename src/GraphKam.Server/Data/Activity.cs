using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>A contact with an account: a visit, call, meeting, proposal… with whom, when, by whom and how it went.</summary>
public sealed class Activity : IEntity
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int? OpportunityId { get; set; }
    public ActivityKind Type { get; set; }
    public DateTime OccurredAt { get; set; }
    public required string Summary { get; set; }
    public string? Outcome { get; set; }
    public int? OwnerId { get; set; }
    public User? Owner { get; set; }
    public List<ActivityContact> Contacts { get; set; } = [];
    public DateTime CreatedAt { get; set; }
}

/// <summary>A contact who took part in an activity.</summary>
public sealed class ActivityContact
{
    public int ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
}
