using GraphKam.GraphQL.Errors;

namespace GraphKam.Server.Common;

/// <summary>The months a history or chart asks for (<c>from</c>, <c>to</c>: 2025-01, 2026-11), checked once for every area.</summary>
public static class MonthRange
{
    /// <summary>The most months one range covers (ten years).</summary>
    public const int MaxMonths = 120;

    /// <summary>
    /// Both ends months (<c>INVALID_MONTH</c>), in order, at most <see cref="MaxMonths"/> and none ahead of the current
    /// month (<c>INVALID_MONTH_RANGE</c>); <c>to</c> defaults to the current month, <c>from</c> to
    /// <paramref name="defaultMonths"/> months ending at <c>to</c>.
    /// </summary>
    public static (int From, int To) Parse(string? from, string? to, DateTime now, int defaultMonths)
    {
        var current = SalesMonth.Of(now);
        var last = to == null ? current : Month(to, "to");
        var first = from == null ? last - (defaultMonths - 1) : Month(from, "from");
        if (first > last || last - first >= MaxMonths || last > current)
            throw new CodedError("INVALID_MONTH_RANGE", $"The months {SalesMonth.Format(first)} to {SalesMonth.Format(last)} must be in " +
                $"order, at most {MaxMonths} of them, and none after this month ({SalesMonth.Format(current)}).");
        return (first, last);
    }

    private static int Month(string text, string field) =>
        SalesMonth.TryParse(text, out var month) ? month : throw new InvalidMonthError(field, text).ToException();
}
