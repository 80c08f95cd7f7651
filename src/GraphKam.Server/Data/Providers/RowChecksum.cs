using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// A checksum of a table's rows as the model sees them (after each provider's conversions), independent of row
/// order and of how each database stores a value. Instants count to the microsecond, PostgreSQL's precision.
/// </summary>
public sealed class RowChecksum
{
    private readonly List<string> _rows = [];

    public int Count => _rows.Count;

    public void Add(IEnumerable<object?> values) => _rows.Add(string.Join('\u001f', values.Select(Canonical)));

    public string Value()
    {
        _rows.Sort(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in _rows) hash.AppendData(Encoding.UTF8.GetBytes(row + "\u001e"));
        return Convert.ToHexString(hash.GetHashAndReset())[..16];
    }

    private static string Canonical(object? value) => value switch
    {
        null => "\u2205",
        DateTime instant => Microseconds(instant.Kind == DateTimeKind.Local ? instant.ToUniversalTime() : instant),
        DateTimeOffset instant => Microseconds(instant.UtcDateTime),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        string text => text,
        IEnumerable items => "[" + string.Join(',', items.Cast<object?>().Select(Canonical)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Microseconds(DateTime instant) =>
        new DateTime(instant.Ticks - instant.Ticks % 10, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}
