using System.Globalization;
using System.Text.RegularExpressions;
namespace GraphKam.Server.Common;

/// <summary>A sales period: a year (2026), a quarter (2026-Q3) or a month (2026-11), as a half-open range of instants.</summary>
public readonly partial record struct SalesPeriod(string Text, DateTime Start, DateTime End)
{
    // [0-9], not \d: \d also matches other scripts' digits (２０２６), which int.Parse refuses.
    [GeneratedRegex(@"^([0-9]{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$")]
    private static partial Regex Pattern();

    /// <summary>Whether the period is a quarter (scorecards are kept per quarter).</summary>
    public bool IsQuarter => Text.Contains("-Q", StringComparison.Ordinal);

    /// <summary>The quarter an instant falls in, as text (2026-Q4).</summary>
    public static string QuarterOf(DateTime instant) => $"{instant.Year}-Q{(instant.Month + 2) / 3}";

    public static bool TryParse(string? text, out SalesPeriod period)
    {
        period = default;
        var match = Pattern().Match(text ?? "");
        if (!match.Success) return false;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (!SalesCalendar.Covers(year)) return false;
        var (start, months) = match.Groups[2].Success ? (new DateTime(year, 3 * int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) - 2, 1), 3)
            : match.Groups[3].Success ? (new DateTime(year, int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), 1), 1)
            : (new DateTime(year, 1, 1), 12);
        start = DateTime.SpecifyKind(start, DateTimeKind.Utc);
        period = new SalesPeriod(text!, start, start.AddMonths(months));
        return true;
    }
}
