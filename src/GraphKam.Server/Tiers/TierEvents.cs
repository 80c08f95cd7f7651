namespace GraphKam.Server.Tiers;

/// <summary>An account's tier in force changed in one policy; published after the change committed.</summary>
public sealed record AccountTierChanged(int AccountId, int PolicyId, string? PreviousTier, string Tier, DateTime ChangedAt)
{
    public const string Topic = "tiers";

    public static AccountTierChanged From(Data.TierChange change) =>
        new(change.AccountId, change.PolicyId, change.FromCode, change.ToCode, change.ChangedAt);
}
