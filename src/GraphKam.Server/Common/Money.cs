using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
namespace GraphKam.Server.Common;

/// <summary>Money is kept to the fen; amounts are rounded the way they will be stored.</summary>
public static class Money
{
    // Dividing the fen count by 100 also drops trailing zeros, so a value reads the same (240000, not 240000.0)
    // before and after it has been stored.
    public static decimal Round(decimal yuan) => Math.Round(yuan * 100m, MidpointRounding.AwayFromZero) / 100m;
}
