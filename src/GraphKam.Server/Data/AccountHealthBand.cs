namespace GraphKam.Server.Data;

/// <summary>
/// The band an account was last seen in by the health watch, kept so that a change of band is published once (by
/// whichever server records it first).
/// </summary>
public sealed class AccountHealthBand
{
    public int AccountId { get; set; }
    public HealthBand Band { get; set; }
    public int Score { get; set; }
    public DateTime ChangedAt { get; set; }
}
