namespace GraphKam.Server.Common;

/// <summary>Money is kept to the fen; amounts are rounded the way they will be stored.</summary>
public static class Money
{
    /// <summary>
    /// The largest amount: one trillion yuan, beyond any real amount, and small enough that money kept as 64-bit fen
    /// still adds up across tens of thousands of rows in SQL without overflowing.
    /// </summary>
    public const decimal Max = 1_000_000_000_000m;

    /// <summary><see cref="Max"/> as the upper bound quoted by range errors.</summary>
    public static double MaxQuoted => (double)Max;

    // Dividing the fen count by 100 also drops trailing zeros, so a value reads the same (240000, not 240000.0)
    // before and after it has been stored.
    public static decimal Round(decimal yuan) => Math.Round(yuan * 100m, MidpointRounding.AwayFromZero) / 100m;
}
