using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Distributors;

public sealed record RecordScorecardInput(string DistributorId, ScorecardFigures Figures);

/// <summary><c>recordScorecard</c>: one scorecard per partner and quarter; recording it again replaces the figures.</summary>
public static class Scorecards
{
    public static async Task<Payload> RecordAsync(RecordScorecardInput input, MutationScope scope, IOptions<ChannelOptions> options)
    {
        var errors = ScorecardMath.Validate(input.Figures);
        var (distributor, missing) = await scope.FindForChangeAsync<Distributor>(input.DistributorId, "Distributor", "distributorId",
            id => new DistributorNotFoundError(id));
        if (missing != null) errors.Insert(0, missing);
        if (errors.Count > 0) return Payload.Failure(errors);

        var figures = input.Figures with { SalesAmount = Money.Round(input.Figures.SalesAmount), Target = Money.Round(input.Figures.Target) };
        var scorecard = await scope.Db.Scorecards.AsTracking()
            .FirstOrDefaultAsync(s => s.DistributorId == distributor!.Id && s.Period == figures.Period, scope.CancellationToken);
        if (scorecard == null) scope.Db.Scorecards.Add(scorecard = new Scorecard { DistributorId = distributor!.Id, Period = figures.Period, RecordedBy = scope.Actor });
        scorecard.SalesAmount = figures.SalesAmount;
        scorecard.Target = figures.Target;
        scorecard.Attainment = ScorecardMath.Attainment(figures.SalesAmount, figures.Target);
        (scorecard.CoverageScore, scorecard.ServiceScore, scorecard.PaymentScore) = (figures.CoverageScore, figures.ServiceScore, figures.PaymentScore);
        scorecard.OverallScore = ScorecardMath.Overall(figures, options.Value.ScorecardWeights);
        (scorecard.RecordedAt, scorecard.RecordedBy) = (scope.Now, scope.Actor);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        return Payload.Success(scorecard);
    }
}

public sealed class RecordScorecardInputType : InputObjectGraphType
{
    public RecordScorecardInputType()
    {
        Name = "RecordScorecardInput";
        Description = "A partner's figures for one quarter; recording a quarter again replaces them.";
        Field<NonNullGraphType<IdGraphType>>("distributorId").Description("The partner evaluated.");
        Field<NonNullGraphType<StringGraphType>>("period").Description("The quarter, e.g. 2026-Q3.");
        Field<NonNullGraphType<DecimalGraphType>>("salesAmount").Description("What it sold, in yuan (0 or more).");
        Field<NonNullGraphType<DecimalGraphType>>("target").Description("Its target, in yuan (more than 0).");
        Field<NonNullGraphType<FloatGraphType>>("coverageScore").Description("How well it covers its territory, 0 to 100.");
        Field<NonNullGraphType<FloatGraphType>>("serviceScore").Description("Its service capability, 0 to 100.");
        Field<NonNullGraphType<FloatGraphType>>("paymentScore").Description("Its payment and credit behaviour, 0 to 100.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RecordScorecardInput(value.RequiredId("distributorId"),
        new ScorecardFigures(value.Required<string>("period").Trim(), value.Required<decimal>("salesAmount"), value.Required<decimal>("target"),
            value.Required<double>("coverageScore"), value.Required<double>("serviceScore"), value.Required<double>("paymentScore")));
}
