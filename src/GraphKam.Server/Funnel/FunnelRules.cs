using System.Globalization;
using System.Text.RegularExpressions;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphKam.Server.Setup;

namespace GraphKam.Server.Funnel;

/// <summary>The funnel's rules as plain functions: routing, what an opportunity's values must be, and which moves are allowed.</summary>
public static partial class FunnelRules
{
    /// <summary>
    /// The seeds' routing rule: large opportunities go to outside sales; small ones to the channel when a distributor
    /// serves the account (the outside owner copied); the rest to inside sales.
    /// </summary>
    public static SalesRoute Route(decimal amount, decimal largeDealThreshold, bool servedByChannel) =>
        amount >= largeDealThreshold ? SalesRoute.Outside : servedByChannel ? SalesRoute.Channel : SalesRoute.Inside;

    public const int MaxNameLength = 200;

    public static List<MutationError> Validate(Opportunity opportunity)
    {
        var errors = new List<MutationError>();
        if (string.IsNullOrWhiteSpace(opportunity.Name)) errors.Add(new RequiredValueError("name"));
        else if (opportunity.Name.Length > MaxNameLength) errors.Add(new TooLongError("name", MaxNameLength));
        if (opportunity.Amount < 0) errors.Add(new OutOfRangeError("amount", 0, GraphKamSchema.MaxMoney, (double)opportunity.Amount));
        if (!(opportunity.Probability is >= 0 and <= 1)) errors.Add(new OutOfRangeError("probability", 0, 1, opportunity.Probability));
        if (!CurrencyPattern().IsMatch(opportunity.Currency)) errors.Add(new InvalidCurrencyError(opportunity.Currency));
        return errors;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    /// <summary>Why an opportunity cannot move to a stage with <c>moveOpportunityStage</c>, or null when it can.</summary>
    public static MutationError? CheckMove(Opportunity opportunity, FunnelStage target) =>
        opportunity.Status != OpportunityStatus.Open ? new OpportunityClosedError(opportunity.Status)
        : target.IsClosed ? new ClosingStageError(target.Key)
        : null;

    /// <summary>Why an opportunity cannot be closed, or null when it can.</summary>
    public static MutationError? CheckClose(Opportunity opportunity, bool won, string? lossReason) =>
        opportunity.Status != OpportunityStatus.Open ? new OpportunityClosedError(opportunity.Status)
        : !won && string.IsNullOrWhiteSpace(lossReason) ? new LossReasonRequiredError()
        : null;

    /// <summary>Amount × probability, kept to the fen as money is.</summary>
    /// <summary>The furthest stage reached once <paramref name="entered"/> is entered: a loss is not progress.</summary>
    public static int Furthest(int current, FunnelStage entered) => entered.IsClosed && !entered.IsWon ? current : Math.Max(current, entered.Order);

    public static decimal Weighted(decimal amount, double probability) => Money.Round(amount * (decimal)probability);
}

/// <summary>A sales period: a year (2026), a quarter (2026-Q3) or a month (2026-11), as a half-open range of instants.</summary>
public readonly partial record struct SalesPeriod(string Text, DateTime Start, DateTime End)
{
    [GeneratedRegex(@"^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$")]
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
        if (year is < 2000 or > 2100) return false;
        var (start, months) = match.Groups[2].Success ? (new DateTime(year, 3 * int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) - 2, 1), 3)
            : match.Groups[3].Success ? (new DateTime(year, int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), 1), 1)
            : (new DateTime(year, 1, 1), 12);
        start = DateTime.SpecifyKind(start, DateTimeKind.Utc);
        period = new SalesPeriod(text!, start, start.AddMonths(months));
        return true;
    }
}
