using System.Globalization;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Service;

/// <summary>One calendar month (UTC) of surveys: the mean score and how many answered; no mean without answers.</summary>
public sealed record SatisfactionMonth(string Month, double? Average, int Responses);

/// <summary>The satisfaction figures, each computed in SQL (AVG and COUNT over the surveys' scores, which are doubles).</summary>
public static class SatisfactionFigures
{
    /// <summary>Figures are kept to one decimal, as people read them.</summary>
    public static double Round(double mean) => Math.Round(mean, 1, MidpointRounding.AwayFromZero);

    /// <summary>The mean of the surveys recorded after <paramref name="windowStart"/>; null when there are none.</summary>
    public static async Task<double?> MeanAsync(IQueryable<SatisfactionSurvey> surveys, DateTime windowStart,
        CancellationToken cancellationToken)
    {
        var mean = await surveys.Where(s => s.RecordedAt > windowStart).AverageAsync(s => (double?)s.Score, cancellationToken);
        return mean is { } value ? Round(value) : null;
    }

    /// <summary>
    /// Every month from <paramref name="from"/>'s to the one before <paramref name="to"/> (UTC), with the surveys
    /// recorded in [from, to); a month without answers has no mean.
    /// </summary>
    public static async Task<List<SatisfactionMonth>> MonthsAsync(IQueryable<SatisfactionSurvey> surveys, DateTime from, DateTime to,
        CancellationToken cancellationToken)
    {
        var rows = await surveys.Where(s => s.RecordedAt >= from && s.RecordedAt < to)
            .GroupBy(s => s.RecordedAt.Year * 100 + s.RecordedAt.Month)
            .Select(g => new { g.Key, Average = g.Average(s => s.Score), Responses = g.Count() })
            .ToDictionaryAsync(r => r.Key, cancellationToken);
        var months = new List<SatisfactionMonth>();
        for (var month = new DateTime(from.Year, from.Month, 1, 0, 0, 0, DateTimeKind.Utc); month < to; month = month.AddMonths(1))
        {
            var row = rows.GetValueOrDefault(month.Year * 100 + month.Month);
            months.Add(new SatisfactionMonth(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), row == null ? null : Round(row.Average), row?.Responses ?? 0));
        }
        return months;
    }

    /// <summary>How many months a history may span: as many as any month range (<see cref="MonthRange"/>).</summary>
    public const int MaxMonths = MonthRange.MaxMonths;

    /// <summary>
    /// Whether [from, to) is a period a history may cover: within the years a target may be set for (so no month
    /// runs off the calendar), and at most <see cref="MaxMonths"/> months, counting a started last month.
    /// </summary>
    public static string? CheckPeriod(DateTime from, DateTime to) =>
        from.Year < SalesCalendar.FirstYear || to.Year > SalesCalendar.LastYear
            ? $"A history lies between {SalesCalendar.FirstYear} and {SalesCalendar.LastYear}."
        : to <= from ? "`to` must be after `from`."
        : MonthsBetween(from, to) > MaxMonths ? $"A history covers at most {MaxMonths} months."
        : null;

    /// <summary>The start of the month eleven months before <paramref name="to"/>'s: a year of months up to it.</summary>
    public static DateTime YearUpTo(DateTime to) => to.Year < SalesCalendar.FirstYear
        ? to // out of range: CheckPeriod refuses it before anything is computed from it
        : new DateTime(to.Year, to.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-11);

    private static int MonthsBetween(DateTime from, DateTime to)
    {
        var lastMonth = new DateTime(to.Year, to.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        return (to.Year - from.Year) * 12 + to.Month - from.Month + (to > lastMonth ? 1 : 0);
    }
}
