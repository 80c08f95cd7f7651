using System.ComponentModel;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;

namespace GraphKam.Server.Revenue;

[Description("Revenue is recorded for months that have begun, not ahead of time.")]
public sealed record MonthInFutureError(
    [property: Description("The input field.")] string Field,
    [property: Description("The month given.")] string Month,
    [property: Description("The current month.")] string Current)
    : MutationError("MONTH_IN_FUTURE", $"Revenue for {Month} cannot be recorded before the month begins (it is {Current}).");

internal static class MonthCheck
{
    /// <summary>The month written in <paramref name="field"/>, or an <see cref="InvalidMonthError"/> added.</summary>
    public static int? Parse(string text, string field, List<MutationError> errors)
    {
        if (SalesMonth.TryParse(text, out var month)) return month;
        errors.Add(new InvalidMonthError(field, text));
        return null;
    }
}
