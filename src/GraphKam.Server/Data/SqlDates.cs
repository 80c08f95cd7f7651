using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace GraphKam.Server.Data;

/// <summary>
/// Date arithmetic EF Core cannot express portably, mapped to a database function so that it runs in SQL (filters,
/// sorts). On SQLite, whole days are our function, registered on every connection (<see cref="SqliteConnectionSetup"/>);
/// exact days translate to the built-in <c>julianday</c>.
/// </summary>
public static class SqlDates
{
    public const string DaysBetweenFunction = "graphkam_days_between";
    public const string ExactDaysBetweenFunction = "graphkam_exact_days_between";

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/>, rounded down (negative when <c>to</c> is earlier).</summary>
    public static int DaysBetween(DateTime from, DateTime to) => (int)Math.Floor((to - from).TotalDays);

    /// <summary>Days, with fractions, from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static double ExactDaysBetween(DateTime from, DateTime to) => (to - from).TotalDays;

    /// <summary>
    /// On SQLite, <see cref="ExactDaysBetween"/> as <c>julianday(to) - julianday(from)</c>: built in, and an order of
    /// magnitude faster than calling back into .NET for each row of an aggregate.
    /// </summary>
    internal static SqlExpression SqliteExactDaysBetween(IReadOnlyList<SqlExpression> arguments) =>
        new SqlBinaryExpression(ExpressionType.Subtract, JulianDay(arguments[1]), JulianDay(arguments[0]), typeof(double), null);

    private static SqlFunctionExpression JulianDay(SqlExpression instant) =>
        new("julianday", [instant], nullable: true, argumentsPropagateNullability: [true], typeof(double), null);

    /// <summary>The SQLite implementation: instants arrive as the text EF Core stores them.</summary>
    internal static int? DaysBetweenStored(string? from, string? to) =>
        from == null || to == null ? null
            : DaysBetween(DateTime.Parse(from, CultureInfo.InvariantCulture), DateTime.Parse(to, CultureInfo.InvariantCulture));
}
