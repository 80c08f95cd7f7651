using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Common;

[Description("The period was not a year, quarter or month.")]
public sealed record InvalidPeriodError(string Period)
    : MutationError("INVALID_PERIOD", $"'{InputEcho.Shorten(Period)}' is not a period: use a year (2026), quarter (2026-Q3) or month (2026-11).")
{
    /// <summary>Shortened when long: an error need not repeat a huge value.</summary>
    [Description("The period given.")]
    public string Period { get; init; } = InputEcho.Shorten(Period);
}

[Description("The value is not a month such as 2026-11.")]
public sealed record InvalidMonthError([property: Description("The input field.")] string Field, string Month)
    : MutationError("INVALID_MONTH", $"`{Field}` must be a month such as 2026-11 (got '{InputEcho.Shorten(Month)}').")
{
    /// <summary>Shortened when long: an error need not repeat a huge value.</summary>
    [Description("The value given.")]
    public string Month { get; init; } = InputEcho.Shorten(Month);
}

[Description("The period is not a quarter such as 2026-Q3.")]
public sealed record InvalidQuarterError(string Period)
    : MutationError("INVALID_PERIOD", $"'{InputEcho.Shorten(Period)}' is not a quarter: use e.g. 2026-Q3.")
{
    /// <summary>Shortened when long: an error need not repeat a huge value.</summary>
    [Description("The period given.")]
    public string Period { get; init; } = InputEcho.Shorten(Period);
}

[Description("An expiry (of a tier override or an API token) was not in the future.")]
public sealed record ExpiryNotInFutureError(
    [property: Description("The expiry given.")] DateTime ExpiresAt)
    : MutationError("EXPIRY_NOT_IN_FUTURE", $"The expiry must be in the future (got {ExpiresAt:O}).");

[Description("An e-mail address was malformed.")]
public sealed record InvalidEmailError(
    [property: Description("The address given.")] string Email)
    : MutationError("INVALID_EMAIL", $"'{InputEcho.Shorten(Email)}' is not an e-mail address.");

[Description("A date was outside the years the sales calendar covers (2000–2100).")]
public sealed record DateOutOfCalendarError(
    [property: Description("The input field.")] string Field,
    [property: Description("The date given.")] DateTime Value)
    : MutationError("DATE_OUT_OF_RANGE",
        $"`{Field}` must fall in the years {SalesCalendar.FirstYear} to {SalesCalendar.LastYear} (got {Value:O}).");

[Description("A period (a team membership, a product's use) was to end before, or when, it starts.")]
public sealed record UntilBeforeSinceError(
    [property: Description("When the period starts.")] DateTime Since,
    [property: Description("The end given.")] DateTime Until)
    : MutationError("UNTIL_BEFORE_SINCE", $"The period must end after it starts ({Since:O}); got {Until:O}.");
