using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>A re-grading: an account moved from one tier to another in a policy, when, why and by whom.</summary>
public sealed class TierChange : IEntity
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int PolicyId { get; set; }
    public TierPolicy? Policy { get; set; }
    public string? FromCode { get; set; }
    public required string ToCode { get; set; }
    public double Score { get; set; }
    public required string Reason { get; set; }
    public DateTime ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
}
