namespace GraphKam.Server.Contracts;

public static class ContractLimits
{
    public const int NumberLength = 60;

    /// <summary>The most products one contract lists (checked before any is read).</summary>
    public const int MaxProducts = 50;

    /// <summary>The widest window <c>contractsExpiring(within:)</c> takes: ten years of days.</summary>
    public const int MaxWithinDays = 3660;
}
