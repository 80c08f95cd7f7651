namespace GraphKam.Server.Data;

/// <summary>
/// A named numeric fact about an account beyond its built-in metrics (e.g. <c>cardSpend</c> for the ICBC stars
/// policy), so that a policy can use a new measure without a schema change. Money is in yuan, kept to the fen.
/// </summary>
public sealed class AccountMeasure
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public required string Key { get; set; }
    public decimal Value { get; set; }
}
