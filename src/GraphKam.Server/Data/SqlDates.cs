using System.Globalization;

namespace GraphKam.Server.Data;

/// <summary>
/// Date arithmetic EF Core cannot express portably, mapped to a database function so that it runs in SQL (filters,
/// sorts). On SQLite, whole days are our function, registered on every connection (<see cref="SqliteConnectionSetup"/>);
/// exact days translate to the built-in <c>julianday</c> (<see cref="Providers.SqliteExactDays"/>).
/// </summary>
public static class SqlDates
{
    public const string DaysBetweenFunction = "graphkam_days_between";
    public const string ExactDaysBetweenFunction = "graphkam_exact_days_between";

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/>, rounded down (negative when <c>to</c> is earlier).</summary>
    public static int DaysBetween(DateTime from, DateTime to) => (int)Math.Floor((to - from).TotalDays);

    /// <summary>Days, with fractions, from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static double ExactDaysBetween(DateTime from, DateTime to) => (to - from).TotalDays;

    /// <summary>The SQLite implementation: instants arrive as the text EF Core stores them.</summary>
    internal static int? DaysBetweenStored(string? from, string? to) =>
        from == null || to == null ? null
            : DaysBetween(DateTime.Parse(from, CultureInfo.InvariantCulture), DateTime.Parse(to, CultureInfo.InvariantCulture));
}
