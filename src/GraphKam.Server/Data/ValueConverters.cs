using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GraphKam.Server.Data;

/// <summary>
/// Money in yuan, stored as integer fen: SQLite cannot compare, sort or sum <c>decimal</c> in SQL, and integers
/// keep amounts exact. Conversion is monotonic, so filters and ORDER BY on the column mean what they say.
/// </summary>
public sealed class MoneyConverter() : ValueConverter<decimal, long>(
    yuan => (long)Math.Round(yuan * 100m, MidpointRounding.AwayFromZero),
    fen => fen / 100m)
{
    public static readonly MoneyConverter Instance = new();
}

/// <summary>Reads instants back as UTC (providers return them without a kind).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

