using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;

namespace GraphKam.Server.Distributors;

/// <summary>A scorecard's figures, as recorded.</summary>
public sealed record ScorecardFigures(string Period, decimal SalesAmount, decimal Target, double CoverageScore, double ServiceScore, double PaymentScore);

/// <summary>
/// The scorecard arithmetic (考评): attainment = sales ÷ target; the sales score is attainment as a percentage, capped at
/// 100; the overall score is the weighted mean of the sales, coverage, service and payment scores, to two decimals.
/// </summary>
public static class ScorecardMath
{
    public static List<MutationError> Validate(ScorecardFigures figures)
    {
        var errors = new List<MutationError>();
        if (!SalesPeriod.TryParse(figures.Period, out var period) || !period.IsQuarter) errors.Add(new InvalidQuarterError(figures.Period));
        if (figures.SalesAmount < 0) errors.Add(new OutOfRangeError("salesAmount", 0, Money.MaxQuoted, (double)figures.SalesAmount));
        if (figures.Target <= 0) errors.Add(new OutOfRangeError("target", 0.01, Money.MaxQuoted, (double)figures.Target));
        foreach (var (field, score) in new[] { ("coverageScore", figures.CoverageScore), ("serviceScore", figures.ServiceScore), ("paymentScore", figures.PaymentScore) })
            if (!(score is >= 0 and <= 100)) errors.Add(new OutOfRangeError(field, 0, 100, score));
        return errors;
    }

    public static double Attainment(decimal salesAmount, decimal target) => (double)(salesAmount / target);

    public static double SalesScore(double attainment) => Math.Min(100, attainment * 100);

    public static double Overall(ScorecardFigures figures, ScorecardWeights weights)
    {
        var sales = SalesScore(Attainment(figures.SalesAmount, figures.Target));
        var total = weights.Sales * sales + weights.Coverage * figures.CoverageScore + weights.Service * figures.ServiceScore + weights.Payment * figures.PaymentScore;
        return Math.Round(total / (weights.Sales + weights.Coverage + weights.Service + weights.Payment), 2, MidpointRounding.AwayFromZero);
    }
}

