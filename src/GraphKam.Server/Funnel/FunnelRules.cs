using System.Text.RegularExpressions;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

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
        if (opportunity.Amount < 0) errors.Add(new OutOfRangeError("amount", 0, Money.MaxQuoted, (double)opportunity.Amount));
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

