using System.Globalization;

namespace GraphKam.Server.Common;

/// <summary>
/// A calendar month as one number (year × 12 + month − 1), so that "the month before" and "a year earlier" are
/// subtractions in SQL on every database; written as 2026-11 in the API.
/// </summary>
public static class SalesMonth
{
    public static int Of(int year, int month) => year * 12 + month - 1;

    public static int Of(DateTime instant) => Of(instant.Year, instant.Month);

    public static string Format(int month) => string.Create(CultureInfo.InvariantCulture, $"{month / 12:D4}-{month % 12 + 1:D2}");

    /// <summary>The first instant of the month (UTC).</summary>
    public static DateTime Start(int month) => new(month / 12, month % 12 + 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A month written as 2026-11 within the sales calendar; false for anything else (a year, a quarter).</summary>
    public static bool TryParse(string? text, out int month)
    {
        month = 0;
        if (!SalesPeriod.TryParse(text, out var period) || period.End != period.Start.AddMonths(1)) return false;
        month = Of(period.Start);
        return true;
    }
}
