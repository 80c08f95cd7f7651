using GraphKam.GraphQL.Relay;

namespace GraphKam.Server.Data;

/// <summary>An account's move from one loyalty stage to another: when, by whom and why.</summary>
public sealed class LoyaltyStageChange : IEntity
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }

    /// <summary>The stage before; null when the account was created with <see cref="ToStage"/>.</summary>
    public LoyaltyStage? FromStage { get; set; }

    public LoyaltyStage ToStage { get; set; }
    public string? Reason { get; set; }
    public DateTime ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
}
