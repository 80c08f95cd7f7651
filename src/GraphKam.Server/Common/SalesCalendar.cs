using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Common;

/// <summary>
/// The years the sales calendar covers. A date far outside them (year 1, year 9999) is a typing or tooling mistake,
/// and one such row would stretch every chart, period and review schedule built on it.
/// </summary>
public static class SalesCalendar
{
    public const int FirstYear = 2000, LastYear = 2100;

    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    public static bool Covers(DateTime instant) => Covers(instant.Year);

    /// <summary>Adds a <see cref="DateOutOfCalendarError"/> for <paramref name="field"/> when the date is outside.</summary>
    public static void Check(DateTime? instant, string field, List<MutationError> errors)
    {
        if (instant is { } value && !Covers(value)) errors.Add(new DateOutOfCalendarError(field, value));
    }
}
